package com.winccreports.bench;

import com.winccreports.Cli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs of a report job through the product's command line in this JVM: {@code Cli.execute("run", JOB,
 * "--from", F, "--to", T, "--grid-size", G[, "--reissue"])}, exactly what {@code java -jar … run} executes
 * minus {@code System.exit}; each run starts and closes its own Spring context. The job's summary line is
 * taken from the run's stdout (teed, so the console still shows it), its steps from the job repository.
 */
final class CliJobRuns implements WarmJobBenchmark.JobRuns {

    private final List<String> command;
    private final String jdbcUrl;

    CliJobRuns(String job, String from, String to, int gridSize, String jdbcUrl) {
        this.command = List.of("run", job, "--from", from, "--to", to, "--grid-size", Integer.toString(gridSize));
        this.jdbcUrl = jdbcUrl;
    }

    @Override
    public WarmRun run(int index, boolean reissue) throws Exception {
        List<String> args = new ArrayList<>(command);
        if (reissue) {
            args.add("--reissue");
        }
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(new Tee(original, captured), true, StandardCharsets.UTF_8));
        WarmJobBenchmark.Stopwatch stopwatch = WarmJobBenchmark.Stopwatch.start();
        int exitCode;
        try {
            exitCode = Cli.execute(args.toArray(String[]::new));
        } finally {
            System.out.flush();
            System.setOut(original);
        }
        WarmJobBenchmark.Stopwatch.Lap lap = stopwatch.lap();
        if (exitCode != 0 && exitCode != 2) {   // 2: published with incomplete data, still a whole run
            throw new IllegalStateException("run " + index + " (" + String.join(" ", args) + ") exited with " + exitCode);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        WarmRun.Published published = WarmRun.parsePublished(output);
        PublishedReports.check(PublishedReports.folderIn(output));
        return new WarmRun(index, published, lap.seconds(), lap.cpuSeconds(),
                JobRepositorySteps.read(jdbcUrl, published.executionId()));
    }

    /** Writes to the console and to the buffer the summary line is parsed from. */
    private static final class Tee extends OutputStream {
        private final OutputStream console;
        private final OutputStream copy;

        Tee(OutputStream console, OutputStream copy) {
            this.console = console;
            this.copy = copy;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            console.write(b);
            copy.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
            console.write(bytes, offset, length);
            copy.write(bytes, offset, length);
        }

        @Override
        public synchronized void flush() throws IOException {
            console.flush();
        }
    }
}
