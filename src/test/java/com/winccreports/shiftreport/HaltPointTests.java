package com.winccreports.shiftreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.job.ExecutionSummary;
import com.winccreports.job.HaltPoints;
import com.winccreports.job.JobRunService;
import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import com.winccreports.job.RunProgress;
import com.winccreports.period.ReportPeriod;
import com.winccreports.publication.PackageLayout;
import com.winccreports.publication.PackageVerifier;
import com.winccreports.publication.Verification;
import com.winccreports.simulator.SimulatorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A crash at every point between two durable changes of a run — the job's creation, each partition's
 * creation and commits, the staging steps, the merge, and the publish step's render, manifest, rename and
 * register — then a restart: the run ends with exactly what an uninterrupted run produced (same merged
 * results, same report files, same number of staged values) and no half-written file in the output. The
 * crash is real: a child JVM halted at the point by {@link CrashDrill}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HaltPointTests {

    static final ReportPeriod PERIOD = SmallJobBaseline.PERIOD;
    static final List<String> LINES = SmallJobBaseline.LINES;

    RunResults baseline;

    @BeforeAll
    void uninterruptedRun() {
        baseline = SmallJobBaseline.get().results();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "step.created:readPartition:read-001",       // partition creation: saved, its plan not yet
        "commit:read-001:2",                         // chunk commit: a partition's second chunk committed
        "step.completing:readPartition:read-001",    // a partition's last chunk committed, not marked done
        "step.completing:prepare",                   // staging: bounding values staged, step not marked done
        "step.completing:merge",                     // merge: line results staged, step not marked done
        HaltPoints.RENDERED_TEMP_FILE,               // publish: a report file in the hidden folder
        HaltPoints.MANIFEST_WRITTEN,                 // publish: files and manifest synced, not renamed
        HaltPoints.RENAMED,                          // rename: v1 visible, not in the publication register
        "step.completing:publish",                   // register: committed, the step not marked done
        "job.completing"                             // every step done, the job not marked done
    })
    void killedAtThenRestarted(String point, @TempDir Path root) throws Exception {
        try (JobTestHome home = new JobTestHome(root, JobTestHome.SMALL_JOB, SimulatorOptions.defaults())) {
            assertThat(runChild(home, point, false)).isEqualTo(137);
            Path period = home.home.output().resolve("shift-report").resolve(PERIOD.label());
            if (point.equals(HaltPoints.RENDERED_TEMP_FILE)) {
                assertThat(period.resolve("v1")).doesNotExist();
                assertThat(period.resolve(".v1.partial")).isDirectoryContaining(p -> Files.isRegularFile(p));
            }
            if (point.equals(HaltPoints.RENAMED)) {
                assertThat(period.resolve("v1").resolve("manifest.json")).exists();
                assertThat(PackageLayout.zipBeside(period.resolve("v1"))).doesNotExist();
            }

            assertThat(restartLatest(home)).isEqualTo(baseline);
            Verification zip = new PackageVerifier(List.of()).verify(PackageLayout.zipBeside(period.resolve("v1")));
            assertThat(zip.passed()).as("%s", zip.findings()).isTrue();
        }
    }

    @Test
    void killedBetweenCreatingTheJobAndItsFirstExecutionThenRunAgain(@TempDir Path root) throws Exception {
        try (JobTestHome home = new JobTestHome(root, JobTestHome.SMALL_JOB, SimulatorOptions.defaults())) {
            assertThat(runChild(home, "job.instance-created", false)).isEqualTo(137);

            try (ConfigurableApplicationContext context = home.start(Map.of())) {
                JobRunService service = context.getBean(JobRunService.class);
                assertThat(service.executions(5)).isEmpty();
                RunOutcome outcome = service.run("shift-report", PERIOD, RunOptions.defaults());
                assertThat(outcome.status()).as(outcome.message()).isEqualTo(RunOutcome.Status.COMPLETED);
                assertThat(RunResults.of(context, outcome, LINES)).isEqualTo(baseline);
            }
        }
    }

    @Test
    void killedAgainWhileTheRestartRecreatesAPartitionThenRestarted(@TempDir Path root) throws Exception {
        try (JobTestHome home = new JobTestHome(root, JobTestHome.SMALL_JOB, SimulatorOptions.defaults())) {
            assertThat(runChild(home, "step.created:readPartition:read-002", false)).isEqualTo(137);
            assertThat(runChild(home, "step.created:readPartition:read-002", true)).isEqualTo(137);

            assertThat(restartLatest(home)).isEqualTo(baseline);
        }
    }

    private RunResults restartLatest(JobTestHome home) {
        try (ConfigurableApplicationContext context = home.start(Map.of())) {
            JobRunService service = context.getBean(JobRunService.class);
            ExecutionSummary crashed = service.executions(1).get(0);
            assertThat(crashed.status()).isIn("STARTING", "STARTED");

            RunOutcome outcome = service.restart(crashed.executionId(), RunProgress.silent());

            assertThat(outcome.status()).as(outcome.message()).isEqualTo(RunOutcome.Status.COMPLETED);
            RunResults results = RunResults.of(context, outcome, LINES);
            assertThat(results.outputTree()).noneMatch(path -> path.contains("partial"));
            return results;
        }
    }

    /** Runs (or, with {@code restart}, continues) the period in a child JVM halted at {@code haltAt}. */
    static int runChild(JobTestHome home, String haltAt, boolean restart) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = home.home.root().resolve("child.log");
        List<String> command = new ArrayList<>(List.of(java, "-Duser.timezone=UTC", "-XX:TieredStopAtLevel=1",
                "-D" + CrashDrill.PROPERTY + "=" + haltAt));
        for (String property : new String[] {TestDatabase.POSTGRES_URL, "wincc-reports.test.postgres-user",
            "wincc-reports.test.postgres-password"}) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CrashDrillMain.class.getName(),
                home.home.root().toString(), home.simulator.baseUri().toString(), restart ? "restart" : "run"));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!child.waitFor(3, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new AssertionError("child JVM did not end; log: " + log);
        }
        assertThat(Files.readString(log)).as("child log " + log).contains("halt point reached: " + haltAt);
        return child.exitValue();
    }
}
