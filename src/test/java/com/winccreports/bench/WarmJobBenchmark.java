package com.winccreports.bench;

import com.winccreports.system.HomeFolder;
import com.winccreports.system.JvmDefaults;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The warm-JVM figure of a report job: the job run {@code --runs} times in this one JVM — the first run as
 * a plant would start it, the later ones as re-issues, so each publishes the next version of the same
 * period and reads every value again. The first run is the cold figure; the median of runs 2..N the warm
 * one, the situation of the nightly job inside the long-lived {@code serve} JVM (JIT compiled, classes loaded).
 * <ul>
 *   <li>{@code --context per-run} (default): the product's real command line, {@code run JOB --from F --to T
 *       --grid-size G [--reissue]} through the picocli root ({@link CliJobRuns}); each run starts and closes
 *       its own Spring context, as the CLI does — the job's own seconds leave that out.</li>
 *   <li>{@code --context shared}: one Spring context for all runs, each run a {@code JobRunService.run}
 *       call as the scheduler makes it ({@link ServiceJobRuns}).</li>
 * </ul>
 * <p>The home folder and the source's password come from the environment, as for the CLI:
 * {@code WINCC_REPORTS_HOME} (else the working directory) and the variable its {@code password-env} names.
 * <p>Options: {@code --from --to} (ISO instants), {@code --job shift-report --grid-size 4 --runs 4
 * --figure warm --read-step readArchives --context per-run}, {@code --jdbc-url} (default: the home's H2
 * job repository).
 */
public final class WarmJobBenchmark {

    /** Runs the job once; {@code reissue} for every run after the first. */
    interface JobRuns {
        WarmRun run(int index, boolean reissue) throws Exception;
    }

    private WarmJobBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        JvmDefaults.apply();   // as the product's main does
        BenchOptions options = BenchOptions.parse(args);
        HomeFolder home = HomeFolder.current();
        String figure = options.text("figure", "warm");
        String context = options.text("context", "per-run");
        int runs = options.integer("runs", 4);
        System.out.println(figure + ": home " + home.root() + ", " + runs + " runs in one JVM, Spring context " + context);
        List<WarmRun> done;
        if (context.equals("shared")) {
            try (ServiceJobRuns service = new ServiceJobRuns(home, options.text("job", "shift-report"),
                    options.instant("from"), options.instant("to"), options.integer("grid-size", 4))) {
                done = runAll(figure, runs, service);
            }
        } else if (context.equals("per-run")) {
            String jdbcUrl = options.text("jdbc-url",
                    "jdbc:h2:file:" + home.data().resolve("wincc-reports") + ";AUTO_SERVER=TRUE");
            done = runAll(figure, runs, new CliJobRuns(options.text("job", "shift-report"), options.text("from"),
                    options.text("to"), options.integer("grid-size", 4), jdbcUrl));
        } else {
            throw new IllegalArgumentException("--context is per-run or shared, got '" + context + "'");
        }
        System.out.println(WarmJobReport.resultLine(figure, done, options.text("read-step", "readArchives")));
    }

    private static List<WarmRun> runAll(String figure, int runs, JobRuns jobRuns) throws Exception {
        List<WarmRun> done = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            WarmRun run = jobRuns.run(i, i > 1);
            if (!done.isEmpty() && run.values() != done.get(0).values()) {
                throw new IllegalStateException("run " + i + " read " + run.values() + " values, run 1 read "
                        + done.get(0).values() + ": the runs did not read the same archive values");
            }
            done.add(run);
            System.out.println(line(figure, run));
        }
        return done;
    }

    private static String line(String figure, WarmRun run) {
        return String.format(Locale.ROOT,
                "%s run %d (%s): execution %d, v%d, %d values in %.1f s = %.0f values/s; command %.1f s, cpu %.1f s; steps: %s",
                figure, run.index(), run.index() == 1 ? "cold" : "warm", run.published().executionId(),
                run.published().version(), run.values(), run.jobSeconds(), run.valuesPerSecond(), run.commandSeconds(),
                run.cpuSeconds(), run.stepsText());
    }

    /** Wall and process CPU time from {@link #start()}. */
    record Stopwatch(long startNanos, long startCpuNanos) {

        static Stopwatch start() {
            return new Stopwatch(System.nanoTime(), processCpuNanos());
        }

        Lap lap() {
            return new Lap((System.nanoTime() - startNanos) / 1e9, (processCpuNanos() - startCpuNanos) / 1e9);
        }

        /** Seconds since the start: wall, and CPU of this process (all threads, JIT and GC included). */
        record Lap(double seconds, double cpuSeconds) {
        }

        private static long processCpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }
    }
}
