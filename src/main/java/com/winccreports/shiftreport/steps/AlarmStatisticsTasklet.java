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
 * Reads each line's alarm filter for the period and stages its statistics under {@link #lineKey(String)}, and
 * the site-wide filter's under {@link #ALARMS} when the job names one. An answer that hit the server's cap is
 * kept as truncated (the report's data-quality notes say so), never presented as complete.
 */
public final class AlarmStatisticsTasklet implements Tasklet {

    /** The site-wide summary (the job's {@code siteFilter}); none when the job names no such filter. */
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
            for (String line : run.lines()) {
                store.putResult(instance, lineKey(line), StagingJson.write(AlarmStatistics.none()));
            }
            return RepeatStatus.FINISHED;
        }
        AlarmClient client = alarms.apply(run.job().source());
        boolean truncated = false;
        for (String line : run.lines()) {
            truncated |= read(client, selection, selection.filterFor(line), run, instance, lineKey(line));
        }
        if (selection.siteFilter() != null) {
            truncated |= read(client, selection, selection.siteFilter(), run, instance, ALARMS);
        } else {
            store.putResult(instance, ALARMS, StagingJson.write(AlarmStatistics.none()));
        }
        store.putResult(instance, ALARMS_TRUNCATED, Boolean.toString(truncated));
        return RepeatStatus.FINISHED;
    }

    /** Where the alarm statistics of one line are staged. */
    public static String lineKey(String line) {
        return ALARMS + "/" + line;
    }

    /** Reads one filter and stages its statistics; true when the answer hit the server's cap. */
    private boolean read(AlarmClient client, AlarmSelection selection, String filter, ShiftReportRun run, long instance,
            String key) {
        AlarmClient.AlarmResult result = client.read(list(selection.archive()), filter,
                run.parameters().period().from(), run.parameters().period().to(), MAX_VALUES);
        AlarmStatistics statistics = AlarmStatisticsCalculator.of(result.messages(), selection.classes(),
                run.parameters().period().to(), selection.top(), run.site().zone());
        store.putResult(instance, key, StagingJson.write(statistics));
        return result.truncated();
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
