package com.winccreports.bench;

import com.winccreports.job.JobRunService;
import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import com.winccreports.job.RunProgress;
import com.winccreports.period.ReportPeriod;
import com.winccreports.system.HomeFolder;
import com.winccreports.system.SpringLauncher;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs of a report job in one long-lived Spring context, as the {@code serve} JVM runs them: one context
 * ({@link SpringLauncher#batch}) for all runs, each run a {@link JobRunService#run} call — what the
 * scheduler's {@code ReportRunAdapter} calls — with a progress that counts values the way the CLI's does.
 * The job's seconds are the wall time of that call (the CLI's "values read in S s" spans the same).
 */
final class ServiceJobRuns implements WarmJobBenchmark.JobRuns, AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final JobRunService service;
    private final String job;
    private final ReportPeriod period;

    ServiceJobRuns(HomeFolder home, String job, Instant from, Instant to, int gridSize) {
        this.context = SpringLauncher.batch(home, Map.of("wincc-reports.job.grid-size", gridSize));
        this.service = context.getBean(JobRunService.class);
        this.job = job;
        this.period = ReportPeriod.between(from, to);
    }

    @Override
    public WarmRun run(int index, boolean reissue) throws Exception {
        AtomicLong values = new AtomicLong();
        RunProgress progress = new RunProgress() {
            @Override
            public void valuesRead(long count) {
                values.addAndGet(count);
            }
        };
        WarmJobBenchmark.Stopwatch stopwatch = WarmJobBenchmark.Stopwatch.start();
        RunOutcome outcome = service.run(job, period, new RunOptions(List.of(), reissue, "bench", progress));
        WarmJobBenchmark.Stopwatch.Lap lap = stopwatch.lap();
        if (outcome.status() != RunOutcome.Status.COMPLETED
                && outcome.status() != RunOutcome.Status.COMPLETED_INCOMPLETE_DATA) {
            throw new IllegalStateException("run " + index + ": " + outcome.status() + " " + outcome.message());
        }
        PublishedReports.check(outcome.outputFolder());
        WarmRun.Published published = new WarmRun.Published(outcome.executionId(), outcome.version(), values.get(),
                lap.seconds());
        try (Connection connection = context.getBean(DataSource.class).getConnection()) {
            return new WarmRun(index, published, lap.seconds(), lap.cpuSeconds(),
                    JobRepositorySteps.read(connection, outcome.executionId()));
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
