package com.winccreports.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One in-process run of a report job in {@link WarmJobBenchmark}: what the job printed ("Published:
 * execution E, version vN, V values read in S s" — the same figure {@code bench/lib/job.sh} takes from a
 * cold CLI run), the wall and CPU seconds of the whole command (Spring context start included) and the
 * time of each step from the job repository.
 *
 * @param index          1 for the first (cold) run, 2.. for the warm ones
 * @param published      the job's own summary line
 * @param commandSeconds wall seconds of the whole {@code run} command in this JVM, context start and close included
 * @param cpuSeconds     CPU seconds of this process over the same span (all threads, JIT and GC included)
 * @param steps          wall seconds per job step, in the order they started
 */
record WarmRun(int index, Published published, double commandSeconds, double cpuSeconds, List<StepTime> steps) {

    private static final Pattern SUMMARY = Pattern.compile(
            "(?m)^Published(?: with INCOMPLETE DATA)?: execution (\\d+), version v(\\d+), ([\\d,]+) values read in ([\\d.]+) s");

    WarmRun {
        steps = List.copyOf(steps);
    }

    /** The job's summary line: its execution, the report version it published, values read, its own seconds. */
    record Published(long executionId, int version, long values, double seconds) {
    }

    /** Wall seconds of one job step (a partitioned step's workers are inside its manager step's time). */
    record StepTime(String name, double seconds) {
    }

    /** The last summary line in what a {@code run} command printed; fails naming the output's tail when none. */
    static Published parsePublished(String output) {
        Matcher matcher = SUMMARY.matcher(output);
        Published found = null;
        while (matcher.find()) {
            found = new Published(Long.parseLong(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Long.parseLong(matcher.group(3).replace(",", "")), Double.parseDouble(matcher.group(4)));
        }
        if (found == null) {
            String tail = output.length() > 2000 ? output.substring(output.length() - 2000) : output;
            throw new IllegalStateException("no 'Published: execution …, values read in … s' line in the run's output:\n" + tail);
        }
        return found;
    }

    /**
     * The warm run that stands for runs 2..N: the median by the job's seconds (for an even count the
     * faster of the two middle ones, as {@link BenchReport} takes the upper median of values/s). With a
     * single run, that run.
     */
    static WarmRun warmMedian(List<WarmRun> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("runs is empty");
        }
        return median(runs.size() > 1 ? runs.subList(1, runs.size()) : runs);
    }

    /**
     * The run that stands for the steady state of a long-lived JVM: the median (as {@link #warmMedian}) of the
     * later half of the runs (runs 9..16 of 16, 3..4 of 4; with one run, that run). On two cores the JIT is still
     * compiling the job's code for the first ten or so runs; the later half is what the service's nightly job
     * meets after it has run for a while.
     */
    static WarmRun steadyMedian(List<WarmRun> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("runs is empty");
        }
        return median(runs.subList(steadyFrom(runs.size()) - 1, runs.size()));
    }

    /** The first run (1-based) of the later half that {@link #steadyMedian} takes of {@code runs} runs. */
    static int steadyFrom(int runs) {
        return runs / 2 + 1;
    }

    private static WarmRun median(List<WarmRun> candidates) {
        List<WarmRun> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(WarmRun::jobSeconds));
        return sorted.get((sorted.size() - 1) / 2);
    }

    long values() {
        return published.values();
    }

    double jobSeconds() {
        return published.seconds();
    }

    double valuesPerSecond() {
        return published.values() / published.seconds();
    }

    /** Seconds of the named step, or NaN when the execution has no such step. */
    double stepSeconds(String name) {
        return steps.stream().filter(step -> step.name().equals(name)).mapToDouble(StepTime::seconds)
                .findFirst().orElse(Double.NaN);
    }

    /** "prepare 0.2 s, readArchives 2.7 s, …": the format {@code bench/lib/job.sh} writes for a cold run. */
    String stepsText() {
        List<String> parts = new ArrayList<>();
        for (StepTime step : steps) {
            parts.add(String.format(Locale.ROOT, "%s %.1f s", step.name(), step.seconds()));
        }
        return String.join(", ", parts);
    }
}
