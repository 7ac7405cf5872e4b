package com.winccreports.shiftreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.winccreports.job.JobRunService;
import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import com.winccreports.job.RunProgress;
import com.winccreports.job.publish.Publication;
import com.winccreports.job.publish.PublicationStore;
import com.winccreports.period.ReportPeriod;
import com.winccreports.simulator.FaultSettings;
import com.winccreports.simulator.SimulatorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs interrupted by a failure — an exception in a chosen partition, WinCC faults that exhaust the client's
 * retries — then restarted, end with exactly what an uninterrupted run produced: same merged results, same
 * report files, same number of values staged (nothing counted twice, nothing missing). Crashes (a JVM halted
 * between two transactions) are {@link HaltPointTests}; versions and re-issues are tested here too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestartTests {

    static final ReportPeriod PERIOD = SmallJobBaseline.PERIOD;
    static final List<String> LINES = SmallJobBaseline.LINES;

    RunResults baseline;

    @BeforeAll
    void uninterruptedRun() {
        baseline = SmallJobBaseline.get().results();
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
            // the report's values, read partly by the failed execution: as many as the uninterrupted run read
            assertThat(service.latest("shift-report", PERIOD, List.of())).hasValueSatisfying(report -> assertThat(
                    report.valuesRead()).isEqualTo(SmallJobBaseline.get().valuesRead()));
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

    @ParameterizedTest(name = "full disk at the {0}")
    @ValueSource(strings = {"xlsx", "manifest"})
    void aFullDiskNamesTheFileLeavesNoPartialFolderAndTheRestartPublishes(String failing, @TempDir Path root) {
        assumeTrue(Files.isWritable(FullDiskRenderer.FULL), "needs /dev/full (Linux)");
        try (JobTestHome home = new JobTestHome(root, JobTestHome.SMALL_JOB, SimulatorOptions.defaults());
                ConfigurableApplicationContext context = home.start(Map.of(), FullDiskRenderer.Wiring.class)) {
            JobRunService service = context.getBean(JobRunService.class);
            FullDiskRenderer.ARMED.set(failing);
            RunOutcome failed;
            try {
                failed = service.run("shift-report", PERIOD, RunOptions.defaults());
            } finally {
                FullDiskRenderer.ARMED.set(null);
            }

            assertThat(failed.status()).isEqualTo(RunOutcome.Status.FAILED_RESTARTABLE);
            String file = failing.equals("manifest") ? "manifest.json" : "shift-report_L1_" + PERIOD.label() + "_v1.xlsx";
            assertThat(failed.message()).contains("cannot write ").contains(file).contains("No space left on device");
            Path period = home.home.output().resolve("shift-report").resolve(PERIOD.label());
            assertThat(RunResults.tree(period)).isEmpty();

            RunOutcome again = service.restart(failed.executionId(), RunProgress.silent());

            assertThat(again.status()).as(again.message()).isEqualTo(RunOutcome.Status.COMPLETED);
            assertThat(RunResults.of(context, again, LINES)).isEqualTo(baseline);
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

            // versions are numbered per period, whatever lines each holds (they share output/<job>/<period>/v<n>):
            // other lines after v2 read the whole period, then failed in publish ("v1 holds lines [*]"); now they
            // are refused before they start, and re-issued as the next number
            RunOptions lineL1 = new RunOptions(List.of("L1"), false, null, null);
            RunOutcome otherLines = service.run("shift-report", PERIOD, lineL1);
            RunOutcome otherReissued = service.run("shift-report", PERIOD, lineL1.withReissue(true));

            assertThat(otherLines.status()).isEqualTo(RunOutcome.Status.REFUSED);
            assertThat(otherLines.message()).contains("already reported as v2 with other lines or formats than lines L1")
                    .contains("--reissue publishes this one as v3");
            assertThat(otherReissued.status()).as(otherReissued.message()).isEqualTo(RunOutcome.Status.COMPLETED);
            assertThat(otherReissued.outputFolder()).endsWith(Path.of("v3"));
            assertThat(reissued.files()).allSatisfy(file -> assertThat(file).exists());
            assertThat(service.newestVersion("shift-report", PERIOD)).isEqualTo(3);
            assertThat(service.run("shift-report", PERIOD, lineL1).message()).contains("(lines L1) is already reported as v3");
        }
    }
}
