package com.winccreports.schedule.service;

import com.winccreports.shiftreport.JobTestHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code wincc-reports serve} as a separate JVM on the test's class path, so a test can kill it the hard
 * way (SIGKILL) in the middle of a run and start it again.
 */
final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ServiceProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Fills {@code home} for a service: the repository's schemas, sites and templates, the job {@code job} of
     * {@code definition}, and the simulator's password in {@code wincc-password} (for a {@code password-file}).
     */
    static void prepareHome(Path home, String job, String definition) throws IOException {
        for (String folder : List.of("jobs/schema", "jobs/sites", "report-templates")) {
            JobTestHome.copy(Path.of(folder), home.resolve(folder));
        }
        Files.writeString(home.resolve("jobs/" + job + ".yaml"), definition);
        Files.writeString(home.resolve("wincc-password"), "demo\n");
    }

    /** Writes the home's {@code config/application.yaml}. */
    static void configure(Path home, String yaml) throws IOException {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/application.yaml"), yaml);
    }

    static ServiceProcess serve(Path home, Path log) throws IOException {
        return serve(home, log, 0);
    }

    /** {@code serve --port port} in {@code home}, its console output to {@code log}. */
    static ServiceProcess serve(Path home, Path log, int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-Duser.timezone=UTC",
                "-Duser.language=en", "-Dsun.net.httpserver.nodelay=true",
                "-cp", System.getProperty("java.class.path"), "com.winccreports.WinccReportsApplication",
                "serve", "--port", Integer.toString(port)));
        builder.environment().put("WINCC_REPORTS_HOME", home.toString());
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new ServiceProcess(builder.start(), log);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no graceful stop, whatever H2 had not written yet is lost. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the graceful stop that systemd does. */
    int stop() throws InterruptedException {
        return stop(Duration.ofSeconds(60));
    }

    /** SIGTERM, then SIGKILL if the process has not ended within {@code patience}; its exit code. */
    int stop(Duration patience) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
        }
        return process.exitValue();
    }

    boolean logContains(String text) {
        try {
            return Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /** The end of the service's log, for assertion messages. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
