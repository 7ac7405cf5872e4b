package com.winccreports.system.cli;

import com.winccreports.Cli;
import com.winccreports.schedule.MutableClock;
import com.winccreports.shiftreport.JobTestHome;
import com.winccreports.simulator.SimulatorOptions;
import com.winccreports.simulator.SimulatorServer;
import com.winccreports.system.HomeFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A home folder as an operator sets one up — job, site, schemas, the real templates, {@code config/application.yaml}
 * naming a WinCC server (a simulator on a loopback port, its URL with credentials that must never be written) —
 * and the product's command line run in this JVM against it, with a clock the test sets.
 */
public final class CliHome implements AutoCloseable {

    /** The job tests' small job (line L1, four tags) with the real templates and short slices. */
    public static final String JOB = JobTestHome.SMALL_JOB.replace("report: {formats: [xlsx, pdf]}",
            "report: {template: report-templates/shift-report.xlsx, layout: report-templates/shift-report.pdf-layout.yaml, "
                    + "formats: [xlsx, pdf]}");

    /** What a command line printed and returned. */
    public record Result(int exitCode, String out, String err) {

        /** Everything printed, for messages of failed assertions. */
        public String printed() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    public final HomeFolder home;
    public final MutableClock clock;
    private SimulatorServer simulator;

    public CliHome(Path root, Instant now) {
        this(root, now, SimulatorOptions.defaults());
    }

    public CliHome(Path root, Instant now, SimulatorOptions options) {
        home = new HomeFolder(root);
        clock = new MutableClock(now);
        for (String definitions : List.of("schema", "sites")) {
            JobTestHome.copy(Path.of("jobs", definitions), home.jobs().resolve(definitions));
        }
        JobTestHome.copy(Path.of("report-templates"), root.resolve("report-templates"));
        write("jobs/shift-report.yaml", JOB);
        write("config/wincc-password", "demo\n");
        simulator = SimulatorServer.start(options.withPort(0).withBindAddress("127.0.0.1").withClock(clock));
        source(simulator.baseUri().toString(), "config/wincc-password");
    }

    /** The simulator's URL with a user and password in it, as a careless operator might configure it. */
    public String urlWithCredentials() {
        return simulator.baseUri().toString().replace("http://", "http://probe:Sekr1t@");
    }

    /** Writes {@code config/application.yaml} with the one source {@code embedded} at {@code url}. */
    public void source(String url, String passwordFile) {
        write("config/application.yaml", """
                wincc-reports:
                  sources:
                    embedded:
                      url: %s
                      user: demo
                      password-file: %s
                      page-size: 1000
                      max-requests-per-second: 5000
                      max-concurrent-requests: 8
                      retry: {max-attempts: 2, initial-backoff: 1ms}
                """.formatted(url, home.root().resolve(passwordFile)));
    }

    /** A URL where nothing listens (the simulator's port after a restart of it elsewhere). */
    public static String deadUrl() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/WinCCRestService";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String simulatorUrl() {
        return simulator.baseUri().toString();
    }

    /** Runs the command line in this home with the test's clock. */
    public Result cli(String... args) {
        return run(home.root(), clock, args);
    }

    /** Runs the command line in the home {@code root} (also the working folder) with {@code clock}. */
    public static Result run(Path root, Clock clock, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Cli.execute(new CliContext(Map.of("WINCC_REPORTS_HOME", root.toString()), root, clock, o, e),
                    args);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public void write(String relative, String text) {
        try {
            Path file = home.root().resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String relative) {
        try {
            return Files.readString(home.root().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        simulator.close();
    }
}
