package com.winccreports.system.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.WinccReportsApplication;
import com.winccreports.simulator.FaultSettings;
import com.winccreports.simulator.SimulatorOptions;
import com.winccreports.simulator.SimulatorServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run of the product's own process stopped as an operator stops it — SIGTERM (systemctl stop, kill, what
 * Ctrl-C's SIGINT also does) or {@code stop <execution>} from another process — ends STOPPED with exit code 3
 * and one line saying how to continue; {@code restart} then publishes the report. The console shows progress,
 * no log lines of the frameworks and no stack trace.
 */
class StopSignalsEndToEndTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Pattern STARTED = Pattern.compile("Execution (\\d+) started");
    private static final Pattern READING = Pattern.compile("partitions [1-9]\\d*/");
    private static final String[] DAY = {"run", "shift-report", "--from", "2026-11-24T05:00:00Z", "--to",
        "2026-11-25T05:00:00Z"};
    private static final String[] EARLY_SHIFT = {"run", "shift-report", "--from", "2026-11-24T05:00:00Z", "--to",
        "2026-11-24T13:00:00Z"};

    @Test
    void sigtermStopsTheRunAtItsNextCommitAndRestartFinishesIt(@TempDir Path root) throws Exception {
        try (CliHome home = slowHome(root);
                SimulatorServer fast = SimulatorServer.start(SimulatorOptions.defaults().withPort(0)
                        .withBindAddress("127.0.0.1").withClock(home.clock))) {
            Child child = Child.start(home, root.resolve("run.log"), EARLY_SHIFT);
            String execution = child.await(STARTED, READING);

            child.process.destroy();   // SIGTERM

            assertThat(child.exit()).as(child.log()).isEqualTo(3);
            assertThat(child.log()).contains("SIGTERM: stopping at the next commit")
                    .contains("Stopped (execution " + execution + ") at its last commit — continue with: restart "
                            + execution)
                    .doesNotContain("Could not open JDBC Connection").doesNotContain(" INFO ").doesNotContain("\tat ");
            assertThat(home.cli("executions", "--limit", "1").out()).contains("STOPPED");

            home.source(fast.baseUri().toString(), "config/wincc-password");
            CliHome.Result restart = home.cli("restart", execution);

            assertThat(restart.exitCode()).as(restart.printed()).isZero();
            assertThat(root.resolve("output/shift-report/2026-11-24-Early/v1/manifest.json")).exists();
        }
    }

    @Test
    void stopFromAnotherProcessStopsTheRun(@TempDir Path root) throws Exception {
        // slower still: the run must outlast the start of the stop command's own context
        try (CliHome home = new CliHome(root, NOW, SimulatorOptions.defaults()
                .withFaults(FaultSettings.none().withLatency(400, 0)))) {
            Child child = Child.start(home, root.resolve("run.log"), DAY);
            String execution = child.await(STARTED, READING);

            CliHome.Result stop = home.cli("stop", execution);

            assertThat(stop.exitCode()).as(stop.printed()).isZero();
            assertThat(stop.out()).contains("Execution " + execution + " asked to stop");
            assertThat(child.exit()).as(child.log()).isEqualTo(3);
            assertThat(child.log()).contains("Stopped (execution " + execution + ")");
        }
    }

    /** A day of the small job against a simulator answering each request after 100 ms: half a minute of reading. */
    private static CliHome slowHome(Path root) {
        return new CliHome(root, NOW, SimulatorOptions.defaults().withFaults(FaultSettings.none().withLatency(100, 0)));
    }

    /** The product's main in a JVM of its own, its console in a file. */
    private record Child(Process process, Path logFile) {

        static Child start(CliHome home, Path log, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), WinccReportsApplication.class.getName()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("WINCC_REPORTS_HOME", home.home.root().toString());
            return new Child(builder.start(), log);
        }

        /** Waits (at most three minutes) until the console shows {@code started}, then {@code reading}. */
        String await(Pattern started, Pattern reading) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            String execution = null;
            while (System.nanoTime() < deadline && process.isAlive()) {
                String text = log();
                Matcher matcher = started.matcher(text);
                if (matcher.find()) {
                    execution = matcher.group(1);
                    if (reading.matcher(text.substring(matcher.end())).find()) {
                        return execution;
                    }
                }
                process.waitFor(200, TimeUnit.MILLISECONDS);
            }
            process.destroyForcibly();
            throw new AssertionError("the run did not start reading within 3 minutes:\n" + log());
        }

        int exit() throws InterruptedException {
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the run did not stop within 3 minutes:\n" + log());
            }
            return process.exitValue();
        }

        String log() {
            try {
                return Files.readString(logFile);
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }
    }
}
