package com.winccreports.shiftreport.steps;

import com.winccreports.definition.UserArchiveSelection;
import com.winccreports.shiftreport.ShiftReportRun;
import com.winccreports.shiftreport.StagingJson;
import com.winccreports.shiftreport.staging.StagingStore;
import com.winccreports.wincc.RecordFilter;
import com.winccreports.wincc.UserArchiveRecord;
import com.winccreports.wincc.UserArchives;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Stages the recipe table (recipe name → numeric fields, e.g. the ideal cycle time) that KPIs need.
 * Recipe archives are small (dozens of records), so they are read whole in one transaction.
 */
public final class RecipesTasklet implements Tasklet {

    public static final String RECIPES = "recipes";

    private final Function<ChunkContext, ShiftReportRun> runs;
    private final Function<String, UserArchives> archives;
    private final StagingStore store;

    public RecipesTasklet(Function<ChunkContext, ShiftReportRun> runs, Function<String, UserArchives> archives,
            StagingStore store) {
        this.runs = runs;
        this.archives = archives;
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ShiftReportRun run = runs.apply(chunkContext);
        UserArchiveSelection selection = run.job().userArchive();
        Map<String, Map<String, Double>> recipes = new LinkedHashMap<>();
        if (selection != null && selection.recipes() != null) {
            String nameField = selection.field("recipe");
            for (UserArchiveRecord record : archives.apply(run.job().source()).allRecords(selection.recipes(),
                    RecordFilter.none())) {
                Map<String, Double> numbers = new LinkedHashMap<>();
                record.fields().forEach((field, value) -> {
                    if (value instanceof Number number) {
                        numbers.put(field, number.doubleValue());
                    }
                });
                recipes.put(record.getString(nameField), numbers);
            }
        }
        store.putResult(chunkContext.getStepContext().getJobInstanceId(), RECIPES, StagingJson.write(recipes));
        return RepeatStatus.FINISHED;
    }
}
