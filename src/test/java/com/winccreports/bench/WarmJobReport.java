package com.winccreports.bench;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one {@code RESULT} line (JSON) of {@link WarmJobBenchmark} that {@code bench/parts/warm.sh} picks up:
 * the cold run (the first) and the warm median of runs 2..N, each with its job seconds, values/s, the
 * read step's seconds and every step's time ("prepare 0.2 s, readArchives 2.7 s, …"), and the steady-state
 * median of the later half of the runs ({@link WarmRun#steadyMedian}) with the same fields.
 */
final class WarmJobReport {

    private WarmJobReport() {
    }

    static String resultLine(String figure, List<WarmRun> runs, String readStep) {
        WarmRun cold = runs.get(0);
        WarmRun warm = WarmRun.warmMedian(runs);
        WarmRun steady = WarmRun.steadyMedian(runs);
        List<WarmRun> warmRuns = runs.size() > 1 ? runs.subList(1, runs.size()) : runs;
        double warmMin = warmRuns.stream().mapToDouble(WarmRun::valuesPerSecond).min().orElseThrow();
        double warmMax = warmRuns.stream().mapToDouble(WarmRun::valuesPerSecond).max().orElseThrow();
        String warmSeconds = warmRuns.stream().map(run -> String.format(Locale.ROOT, "%.1f", run.jobSeconds()))
                .collect(Collectors.joining(" "));
        return String.format(Locale.ROOT, "RESULT {\"figure\":\"%s\",\"runs\":%d,\"values\":%d,%s,%s,%s,"
                        + "\"warm_run\":%d,\"steady_run\":%d,\"steady_from\":%d,\"warm_min\":%.0f,\"warm_max\":%.0f,\"warm_seconds_all\":\"%s\"}",
                figure, runs.size(), cold.values(), fields("cold", cold, readStep), fields("warm", warm, readStep),
                fields("steady", steady, readStep), warm.index(), steady.index(), WarmRun.steadyFrom(runs.size()), warmMin, warmMax, warmSeconds);
    }

    private static String fields(String prefix, WarmRun run, String readStep) {
        double read = run.stepSeconds(readStep);
        String readRate = Double.isNaN(read) || read <= 0 ? "null" : String.format(Locale.ROOT, "%.0f", run.values() / read);
        return String.format(Locale.ROOT, "\"%1$s_seconds\":%2$.1f,\"%1$s_values_per_s\":%3$.0f,\"%1$s_read_seconds\":%4$s,"
                        + "\"%1$s_read_values_per_s\":%5$s,\"%1$s_command_seconds\":%6$.1f,\"%1$s_cpu_seconds\":%7$.1f,"
                        + "\"%1$s_steps\":\"%8$s\"",
                prefix, run.jobSeconds(), run.valuesPerSecond(),
                Double.isNaN(read) ? "null" : String.format(Locale.ROOT, "%.3f", read), readRate,
                run.commandSeconds(), run.cpuSeconds(), run.stepsText());
    }
}
