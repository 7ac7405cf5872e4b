package com.winccreports.shiftreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.winccreports.job.JobRunService;
import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import com.winccreports.job.RunProgress;
import com.winccreports.period.ReportPeriod;
import com.winccreports.simulator.FaultSettings;
import com.winccreports.simulator.SimulatorOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The fault matrix: the report run against a simulator injecting one kind of WinCC fault at a time (and all at
 * once) ends either with exactly the report of a fault-free run, or with a clear restartable failure (exit 3)
 * that names the server's URL and the cause — and restarted once the server is well, with that same report.
 * Never a published report that silently lacks data. Writes the matrix to {@code target/fault-matrix.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultMatrixTests {

    static final ReportPeriod PERIOD = SmallJobBaseline.PERIOD;
    static final List<String> LINES = SmallJobBaseline.LINES;
    static final Duration OUTAGE = Duration.ofSeconds(30);

    /** What a fault must give. */
    enum Expect { SAME_REPORT, RESTARTABLE_THEN_SAME_REPORT, RESTARTABLE }

    /** One row: the fault, the client's settings that matter for it, what it must give. */
    record Case(String fault, FaultSettings faults, Map<String, Object> client, Expect expect) {
        @Override
        public String toString() {
            return fault;
        }
    }

    RunResults baseline;
    int requestsOfARun;
    final List<String> matrix = new ArrayList<>();

    @BeforeAll
    void faultFreeRun() {
        baseline = SmallJobBaseline.get().results();
        requestsOfARun = SmallJobBaseline.get().requests();
    }

    Stream<Case> faults() {
        Map<String, Object> patientClient = Map.of(retry("max-attempts"), 40, retry("max-backoff"), "5s",
                retry("max-total-time"), "2m");
        long midRun = Math.max(2, requestsOfARun / 2);
        FaultSettings none = FaultSettings.none().withSeed(17);
        return Stream.of(
                new Case("500 Internal Server Error, 20 % of requests", none.withErrorRate(0.2), Map.of(),
                        Expect.SAME_REPORT),
                new Case("429 Too Many Requests (Retry-After: 1 s), 10 %", none.withTooManyRequests(0.1, 1), Map.of(),
                        Expect.SAME_REPORT),
                new Case("423 Locked, 20 %", none.withLockedRate(0.2), Map.of(), Expect.SAME_REPORT),
                new Case("connection reset mid-body, 20 %", none.withResetRate(0.2), Map.of(), Expect.SAME_REPORT),
                new Case("truncated JSON (200, body cut short), 20 %", none.withTruncateRate(0.2), Map.of(),
                        Expect.SAME_REPORT),
                new Case("latency spikes 0–1.5 s against a 1 s read timeout", none.withLatency(0, 1500),
                        Map.of(source("read-timeout"), "1s"), Expect.SAME_REPORT),
                new Case("all of the above at once", new FaultSettings(17, 0, 300, 0.05, 0.03, 1, 0.05, 0.05, 0.05),
                        Map.of(retry("max-attempts"), 12), Expect.SAME_REPORT),
                new Case("server gone 30 s mid-run, retry budget above 30 s", none.withOutage(midRun, OUTAGE),
                        patientClient, Expect.SAME_REPORT),
                new Case("server gone 30 s mid-run, default retry budget (6 attempts, about 6 s)",
                        none.withOutage(midRun, OUTAGE), Map.of(), Expect.RESTARTABLE_THEN_SAME_REPORT),
                new Case("every request answered 500", none.withErrorRate(1), Map.of(retry("max-attempts"), 3),
                        Expect.RESTARTABLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aFaultGivesTheSameReportOrAClearRestartableFailure(Case fault, @TempDir Path root) {
        SimulatorOptions options = SimulatorOptions.defaults().withFaults(fault.faults());
        try (JobTestHome home = new JobTestHome(root, JobTestHome.SMALL_JOB, options);
                ConfigurableApplicationContext context = home.start(fault.client())) {
            JobRunService service = context.getBean(JobRunService.class);
            long start = System.nanoTime();

            RunOutcome outcome = service.run("shift-report", PERIOD, RunOptions.defaults());

            String gave;
            if (fault.expect() == Expect.SAME_REPORT) {
                assertThat(outcome.status()).as(outcome.message()).isEqualTo(RunOutcome.Status.COMPLETED);
                assertThat(RunResults.of(context, outcome, LINES)).isEqualTo(baseline);
                gave = "the same report (exit 0)";
            } else {
                assertThat(outcome.status()).as(outcome.message()).isEqualTo(RunOutcome.Status.FAILED_RESTARTABLE);
                assertThat(outcome.status().exitCode()).isEqualTo(3);
                assertThat(outcome.message()).contains(home.simulator.baseUri().toString());
                assertThat(outcome.message().toLowerCase(Locale.ROOT))
                        .containsAnyOf("connection refused", "http 500");
                assertThat(home.home.output().resolve("shift-report").resolve(PERIOD.label()).resolve("v1"))
                        .doesNotExist();
                gave = "exit 3: \"" + outcome.message().replace("|", "\\|") + "\"";
                if (fault.expect() == Expect.RESTARTABLE_THEN_SAME_REPORT) {
                    awaitListening(home);
                    RunOutcome restarted = service.restart(outcome.executionId(), RunProgress.silent());
                    assertThat(restarted.status()).as(restarted.message()).isEqualTo(RunOutcome.Status.COMPLETED);
                    assertThat(RunResults.of(context, restarted, LINES)).isEqualTo(baseline);
                    gave += "; `restart` once the server is back: the same report (exit 0)";
                }
            }
            long faults = home.simulator.requestLog().entries().stream().filter(e -> !e.fault().equals("none"))
                    .count();
            matrix.add(String.format(Locale.ROOT, "| %s | %d | %.0f s | %s |", fault.fault(), faults,
                    (System.nanoTime() - start) / 1e9, gave));
        }
    }

    @AfterAll
    void writeMatrix() throws IOException {
        List<String> lines = new ArrayList<>(List.of("| fault | faults injected | run | gives |",
                "|---|---|---|---|"));
        lines.addAll(matrix);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "fault-matrix.md"), lines);
    }

    /** Waits (at most a minute) until the simulator accepts connections again after its outage. */
    private static void awaitListening(JobTestHome home) {
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(250)).until(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", home.simulator.port()), 1000);
                return true;
            } catch (IOException e) {
                return false;
            }
        });
    }

    private static String retry(String property) {
        return source("retry." + property);
    }

    private static String source(String property) {
        return "wincc-reports.sources.embedded." + property;
    }
}
