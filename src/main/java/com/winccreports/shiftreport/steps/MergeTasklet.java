package com.winccreports.shiftreport.steps;

import com.winccreports.shift.aggregate.Sample;
import com.winccreports.shiftreport.ShiftReportRun;
import com.winccreports.shiftreport.StagingJson;
import com.winccreports.shiftreport.merge.LineMerger;
import com.winccreports.shiftreport.merge.LineResult;
import com.winccreports.shiftreport.merge.StagedRecords;
import com.winccreports.shiftreport.staging.StagingStore;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import tools.jackson.core.type.TypeReference;

/** Merges the staged partials of every line into shift rows and KPIs, staged as one result per line. */
public final class MergeTasklet implements Tasklet {

    public static final String LINE_PREFIX = "line/";

    private final Function<ChunkContext, ShiftReportRun> runs;
    private final StagingStore store;

    public MergeTasklet(Function<ChunkContext, ShiftReportRun> runs, StagingStore store) {
        this.runs = runs;
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ShiftReportRun run = runs.apply(chunkContext);
        long instance = chunkContext.getStepContext().getJobInstanceId();
        Map<String, Map<Integer, Sample>> bounds = StagingJson.read(
                store.result(instance, PrepareTasklet.BOUNDS).orElse("{}"), new TypeReference<>() { });
        Map<String, Sample> after = StagingJson.read(store.result(instance, PrepareTasklet.AFTER).orElse("{}"),
                new TypeReference<>() { });
        Map<String, Map<String, Double>> recipes = StagingJson.read(
                store.result(instance, RecipesTasklet.RECIPES).orElse("{}"), new TypeReference<>() { });
        List<Map<String, Object>> batches = store.batchRecords(instance).stream()
                .map(json -> StagingJson.read(json, new TypeReference<Map<String, Object>>() { })).toList();
        LineMerger merger = new LineMerger(run, (tag, shift) -> store.partials(instance, tag, shift), bounds, after,
                new StagedRecords(batches, recipes, true), tag -> store.trend(instance, tag));
        for (String line : run.lines()) {
            LineResult result = merger.merge(line);
            store.putResult(instance, LINE_PREFIX + line, StagingJson.write(result));
        }
        return RepeatStatus.FINISHED;
    }
}
