package com.winccreports.shiftreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.job.ExecutionSummary;
import com.winccreports.job.JobRunService;
import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import com.winccreports.job.RunProgress;
import com.winccreports.job.publish.Publication;
import com.winccreports.job.publish.PublicationStore;
import com.winccreports.period.ReportPeriod;
import com.winccreports.shiftreport.publish.HaltPoints;
import com.winccreports.simulator.FaultSettings;
import com.winccreports.simulator.SimulatorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs interrupted at several points — an exception in a chosen partition, WinCC faults that exhaust the
 * client's retries, a JVM halted after a partition's second commit or while rendering — then restarted, end
 * with exactly what an uninterrupted run produced: same merged results, same report files, same number of
 * values staged (nothing counted twice, nothing missing), and no half-written file left in the output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestartTests {

    static final ReportPeriod PERIOD = ReportPeriod.between(Instant.parse("2026-11-24T12:00:00Z"),
            Instant.parse("2026-11-24T14:00:00Z"));
    static final List<String> LINES = List.of("L1");

    RunResults baseline;

    @BeforeAll
    void uninterruptedRun(@TempDir Path root) {
        try (JobTestHome home = new JobTestHome(root, JobTestHome.SMALL_JOB, SimulatorOptions.defaults());
                ConfigurableApplicationContext context = home.start(Map.of())) {
            RunOutcome outcome = context.getBean(JobRunService.class).run("shift-report", PERIOD, RunOptions.defaults());
            assertThat(outcome.status()).as(outcome.message()).isEqualTo(RunOutcome.Status.COMPLETED);
            baseline = RunResults.of(context, outcome, LINES);
        }
        assertThat(baseline.valuesStaged()).isGreaterThan(20_000);
    }

    @Test
    void exceptionInOnePartitionThenRestart(@TempDir Path root) {
        try (JobTestHome home = new JobTestHome(root, JobTestHome.SMALL_JOB, SimulatorOptions.defaults());
                ConfigurableApplicationContext context = home.start(Map.of(), FailingArchiveAccess.Wiring.class)) {
            JobRunService service = context.getBean(JobRunService.class);
            FailingArchiveAccess.ARMED.set(true);
            RunOutcome failed = service.run("shift-report", PERIOD, RunOptions.defaults());
            assertThat(failed.status()).isEqualTo(RunOutcome.Status.FAILED_RESTARTABLE);
            assertThat(failed.message()).contains("injected failure in read-002");

            RunOutcome again = service.run("shift-report", PERIOD, RunOptions.defaults());

            assertThat(again.status()).as(again.message()).isEqualTo(RunOutcome.Status.COMPLETED);
            assertThat(again.version()).isEqualTo(1);
            assertThat(RunResults.of(context, again, LINES)).isEqualTo(baseline);
        }
    }

    @Test
    void winccFaultsExhaustingRetriesThenRestartsUntilDone(@TempDir Path root) {
        SimulatorOptions faulty = SimulatorOptions.defaults()
                .withFaults(FaultSettings.none().withSeed(11).withErrorRate(0.35));
        Map<String, Object> impatient = Map.of("wincc-reports.sources.embedded.retry.max-attempts", 2,
                "wincc-reports.sources.embedded.retry.initial-backoff", "1ms");
        try (JobTestHome home = new JobTestHome(root, JobTestHome.SMALL_JOB, faulty);
                ConfigurableApplicationContext context = home.start(impatient)) {
            JobRunService service = context.getBean(JobRunService.class);
            RunOutcome outcome = service.run("shift-report", PERIOD, RunOptions.defaults());
            List<RunOutcome> failures = new ArrayList<>();
            while (outcome.status() == RunOutcome.Status.FAILED_RESTARTABLE && failures.size() < 40) {
                failures.add(outcome);
                outcome = service.restart(outcome.executionId(), RunProgress.silent());
            }
            assertThat(failures).as("the faults must make some attempt fail").isNotEmpty();
            assertThat(outcome.status()).as(outcome.message()).isEqualTo(RunOutcome.Status.COMPLETED);
            assertThat(RunResults.of(context, outcome, LINES)).isEqualTo(baseline);
        }
    }

    @Test
    void jvmHaltedAfterSecondCommitOfAPartitionThenRestart(@TempDir Path root) throws Exception {
        try (JobTestHome home = new JobTestHome(root, JobTestHome.SMALL_JOB, SimulatorOptions.defaults())) {
            assertThat(runChild(home, HaltPoints.COMMIT + ":read-001:2")).isEqualTo(137);

            assertThat(restartLatest(home)).isEqualTo(baseline);
        }
    }

    @Test
    void jvmHaltedWhileRenderingLeavesNoVisibleFileThenRestart(@TempDir Path root) throws Exception {
        try (JobTestHome home = new JobTestHome(root, JobTestHome.SMALL_JOB, SimulatorOptions.defaults())) {
            assertThat(runChild(home, HaltPoints.RENDERED_TEMP_FILE)).isEqualTo(137);
            Path period = home.home.output().resolve("shift-report").resolve(PERIOD.label());
            assertThat(period.resolve("v1")).doesNotExist();
            assertThat(period.resolve(".v1.partial")).isDirectoryContaining(p -> Files.isRegularFile(p));

            assertThat(restartLatest(home)).isEqualTo(baseline);
        }
    }

    @Test
    void completedPeriodIsRefusedUnlessReissuedAsNewVersion(@TempDir Path root) {
        try (JobTestHome home = new JobTestHome(root, JobTestHome.SMALL_JOB, SimulatorOptions.defaults());
                ConfigurableApplicationContext context = home.start(Map.of())) {
            JobRunService service = context.getBean(JobRunService.class);
            RunOutcome first = service.run("shift-report", PERIOD, RunOptions.defaults());

            RunOutcome again = service.run("shift-report", PERIOD, RunOptions.defaults());
            RunOutcome reissued = service.run("shift-report", PERIOD, RunOptions.defaults().withReissue(true));

            assertThat(again.status()).isEqualTo(RunOutcome.Status.REFUSED);
            assertThat(again.message()).contains("already reported as v1").contains("--reissue");
            assertThat(reissued.status()).isEqualTo(RunOutcome.Status.COMPLETED);
            assertThat(reissued.version()).isEqualTo(2);
            assertThat(reissued.outputFolder()).endsWith(Path.of("v2"));
            assertThat(first.outputFolder().resolve("SUPERSEDED")).content().contains("superseded by v2");
            assertThat(first.files()).allSatisfy(file -> assertThat(file).exists());
            List<Publication> versions = context.getBean(PublicationStore.class)
                    .versions("shift-report", PERIOD.label(), "*");
            assertThat(versions).extracting(Publication::version, Publication::supersededBy)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2), org.assertj.core.groups.Tuple.tuple(2, null));
            assertThat(RunResults.of(context, reissued, LINES).lineResults()).isEqualTo(baseline.lineResults());
            assertThat(service.latest("shift-report", PERIOD, List.of())).hasValueSatisfying(latest -> {
                assertThat(latest.executionId()).isEqualTo(reissued.executionId());
                assertThat(latest.version()).isEqualTo(2);
                assertThat(latest.status()).isEqualTo("COMPLETED");
            });
            assertThat(service.latest("shift-report", ReportPeriod.between(PERIOD.to(), PERIOD.to().plusSeconds(60)),
                    List.of())).isEmpty();
        }
    }

    private RunResults restartLatest(JobTestHome home) {
        try (ConfigurableApplicationContext context = home.start(Map.of())) {
            JobRunService service = context.getBean(JobRunService.class);
            ExecutionSummary crashed = service.executions(1).get(0);
            assertThat(crashed.status()).isEqualTo("STARTED");

            RunOutcome outcome = service.restart(crashed.executionId(), RunProgress.silent());

            assertThat(outcome.status()).as(outcome.message()).isEqualTo(RunOutcome.Status.COMPLETED);
            RunResults results = RunResults.of(context, outcome, LINES);
            assertThat(results.outputTree()).noneMatch(path -> path.contains("partial"));
            return results;
        }
    }

    private static int runChild(JobTestHome home, String haltAt) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = home.home.root().resolve("child.log");
        List<String> command = new ArrayList<>(List.of(java, "-Duser.timezone=UTC",
                "-D" + HaltPoints.PROPERTY + "=" + haltAt));
        for (String property : new String[] {TestDatabase.POSTGRES_URL, "wincc-reports.test.postgres-user",
            "wincc-reports.test.postgres-password"}) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of(
                "-cp", System.getProperty("java.class.path"), CrashDrillMain.class.getName(),
                home.home.root().toString(), home.simulator.baseUri().toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!child.waitFor(3, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new AssertionError("child JVM did not end; log: " + log);
        }
        assertThat(Files.readString(log)).as("child log " + log).contains("halt point reached: " + haltAt);
        return child.exitValue();
    }
}
