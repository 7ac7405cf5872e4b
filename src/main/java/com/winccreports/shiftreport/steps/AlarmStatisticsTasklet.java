package com.winccreports.shiftreport.steps;

import com.winccreports.definition.AlarmSelection;
import com.winccreports.report.AlarmStatistics;
import com.winccreports.shiftreport.ShiftReportRun;
import com.winccreports.shiftreport.StagingJson;
import com.winccreports.shiftreport.alarm.AlarmStatisticsCalculator;
import com.winccreports.shiftreport.staging.StagingStore;
import com.winccreports.wincc.AlarmClient;
import java.util.function.Function;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Reads the job's alarm filter for the period and stages its statistics. An answer that hit the server's
 * cap is kept as truncated (the report's data-quality notes say so), never presented as complete.
 */
public final class AlarmStatisticsTasklet implements Tasklet {

    public static final String ALARMS = "alarms";
    public static final String ALARMS_TRUNCATED = "alarms.truncated";
    static final int MAX_VALUES = 1000;

    private final Function<ChunkContext, ShiftReportRun> runs;
    private final Function<String, AlarmClient> alarms;
    private final StagingStore store;

    public AlarmStatisticsTasklet(Function<ChunkContext, ShiftReportRun> runs, Function<String, AlarmClient> alarms,
            StagingStore store) {
        this.runs = runs;
        this.alarms = alarms;
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ShiftReportRun run = runs.apply(chunkContext);
        AlarmSelection selection = run.job().alarms();
        long instance = chunkContext.getStepContext().getJobInstanceId();
        if (selection == null) {
            store.putResult(instance, ALARMS, StagingJson.write(AlarmStatistics.none()));
            return RepeatStatus.FINISHED;
        }
        AlarmClient.AlarmResult result = alarms.apply(run.job().source()).read(list(selection.archive()),
                selection.restFilter(), run.parameters().period().from(), run.parameters().period().to(), MAX_VALUES);
        AlarmStatistics statistics = AlarmStatisticsCalculator.of(result.messages(), selection.classes(),
                run.parameters().period().to(), selection.top(), run.site().zone());
        store.putResult(instance, ALARMS, StagingJson.write(statistics));
        store.putResult(instance, ALARMS_TRUNCATED, Boolean.toString(result.truncated()));
        return RepeatStatus.FINISHED;
    }

    private static AlarmClient.AlarmList list(String archive) {
        for (AlarmClient.AlarmList list : AlarmClient.AlarmList.values()) {
            if (list.name().replace("_", "").equalsIgnoreCase(archive)) {
                return list;
            }
        }
        throw new IllegalArgumentException("unknown alarm list '" + archive + "'");
    }
}
