package com.winccreports.bench;

import com.winccreports.system.HomeFolder;
import com.winccreports.system.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The warm-JVM figure of a report job: the product's real {@code run JOB --from F --to T --grid-size G}
 * command (picocli root {@link Cli}, as {@code java -jar} runs it, minus {@code System.exit}) executed
 * {@code --runs} times in this one JVM — the first run as a plant would start it, the later ones with
 * {@code --reissue}, so each publishes the next version of the same period and reads every value again.
 * The first run is the cold figure; the median of runs 2..N the warm one, the situation of the nightly
 * job inside the long-lived {@code serve} JVM (JIT compiled, classes loaded). Each run still starts and
 * closes its own Spring context, as the CLI does; the job's own seconds leave that out.
 * <p>The home folder and the source's password come from the environment, as for the CLI:
 * {@code WINCC_REPORTS_HOME} (else the working directory) and the variable its {@code password-env} names.
 * <p>Options: {@code --from --to} (ISO instants), {@code --job shift-report --grid-size 4 --runs 4
 * --figure warm --read-step readArchives}, {@code --jdbc-url} (default: the home's H2 job repository).
 */
public final class WarmJobBenchmark {

    private WarmJobBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        HomeFolder home = HomeFolder.current();
        String jdbcUrl = options.text("jdbc-url",
                "jdbc:h2:file:" + home.data().resolve("wincc-reports") + ";AUTO_SERVER=TRUE");
        String figure = options.text("figure", "warm");
        int runs = options.integer("runs", 4);
        System.out.println(figure + ": home " + home.root() + ", " + runs + " runs in one JVM");
        List<WarmRun> done = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            WarmRun run = runOnce(i, command(options, i > 1), jdbcUrl);
            if (!done.isEmpty() && run.values() != done.get(0).values()) {
                throw new IllegalStateException("run " + i + " read " + run.values() + " values, run 1 read "
                        + done.get(0).values() + ": the runs did not read the same archive values");
            }
            done.add(run);
            System.out.println(line(figure, run));
        }
        System.out.println(WarmJobReport.resultLine(figure, done, options.text("read-step", "readArchives")));
    }

    private static List<String> command(BenchOptions options, boolean reissue) {
        List<String> command = new ArrayList<>(List.of("run", options.text("job", "shift-report"),
                "--from", options.text("from"), "--to", options.text("to"),
                "--grid-size", Integer.toString(options.integer("grid-size", 4))));
        if (reissue) {
            command.add("--reissue");
        }
        return command;
    }

    /** Executes the command in this JVM with stdout teed into a buffer, then reads its steps from the repository. */
    private static WarmRun runOnce(int index, List<String> command, String jdbcUrl) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(new Tee(original, captured), true, StandardCharsets.UTF_8));
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        int exitCode;
        try {
            exitCode = Cli.execute(command.toArray(String[]::new));
        } finally {
            System.out.flush();
            System.setOut(original);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpuStart) / 1e9;
        if (exitCode != 0 && exitCode != 2) {   // 2: published with incomplete data, still a full run
            throw new IllegalStateException("run " + index + " (" + String.join(" ", command) + ") exited with " + exitCode);
        }
        WarmRun.Published published = WarmRun.parsePublished(captured.toString(StandardCharsets.UTF_8));
        return new WarmRun(index, published, seconds, cpu, JobRepositorySteps.read(jdbcUrl, published.executionId()));
    }

    private static String line(String figure, WarmRun run) {
        return String.format(Locale.ROOT,
                "%s run %d (%s): execution %d, v%d, %d values in %.1f s = %.0f values/s; command %.1f s, cpu %.1f s; steps: %s",
                figure, run.index(), run.index() == 1 ? "cold" : "warm", run.published().executionId(),
                run.published().version(), run.values(), run.jobSeconds(), run.valuesPerSecond(), run.commandSeconds(),
                run.cpuSeconds(), run.stepsText());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
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
        public synchronized void write(int b) throws java.io.IOException {
            console.write(b);
            copy.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            console.write(bytes, offset, length);
            copy.write(bytes, offset, length);
        }

        @Override
        public synchronized void flush() throws java.io.IOException {
            console.flush();
        }
    }
}
