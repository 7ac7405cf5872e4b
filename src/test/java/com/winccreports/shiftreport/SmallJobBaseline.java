package com.winccreports.shiftreport;

import com.winccreports.job.JobRunService;
import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import com.winccreports.period.ReportPeriod;
import com.winccreports.simulator.SimulatorOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The small test job ({@link JobTestHome#SMALL_JOB}) run once, uninterrupted and fault-free, for {@link #PERIOD}:
 * what every interrupted, crashed or faulted run of the restart, halt-point and fault-matrix tests must end with.
 * Made on first use in this JVM and shared by those classes (one run instead of one per class); its results are
 * kept in memory and its home folder removed.
 *
 * @param results  the merged line results, report files and values staged of the run
 * @param requests how many requests the run sent to the simulator
 * @param valuesRead the values the run read, as its execution summary counts them
 */
record SmallJobBaseline(RunResults results, int requests, long valuesRead) {

    static final ReportPeriod PERIOD = ReportPeriod.between(Instant.parse("2026-11-24T12:00:00Z"),
            Instant.parse("2026-11-24T14:00:00Z"));
    static final List<String> LINES = List.of("L1");

    private static SmallJobBaseline shared;

    /** The run, made on first use in this JVM. */
    static synchronized SmallJobBaseline get() {
        if (shared == null) {
            shared = run();
        }
        return shared;
    }

    private static SmallJobBaseline run() {
        Path root = temporaryRoot();
        try (JobTestHome home = new JobTestHome(root, JobTestHome.SMALL_JOB, SimulatorOptions.defaults());
                ConfigurableApplicationContext context = home.start(Map.of())) {
            JobRunService service = context.getBean(JobRunService.class);
            RunOutcome outcome = service.run("shift-report", PERIOD, RunOptions.defaults());
            if (outcome.status() != RunOutcome.Status.COMPLETED) {
                throw new AssertionError("the uninterrupted run did not complete: " + outcome.message());
            }
            return new SmallJobBaseline(RunResults.of(context, outcome, LINES),
                    home.simulator.requestLog().entries().size(),
                    service.latest("shift-report", PERIOD, List.of()).orElseThrow().valuesRead());
        } finally {
            JobTestHome.delete(root);
        }
    }

    private static Path temporaryRoot() {
        try {
            return Files.createTempDirectory("small-job-baseline-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
