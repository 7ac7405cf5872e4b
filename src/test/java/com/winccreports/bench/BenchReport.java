package com.winccreports.bench;

import java.util.List;
import java.util.Locale;

/**
 * Prints a benchmark's passes and its one {@code RESULT} line (JSON) that {@code bench/run} picks up:
 * the first pass is reported apart as the cold figure (a fresh JVM, as the job runs), the median of the
 * others as the warm one.
 */
final class BenchReport {

    private BenchReport() {
    }

    static void print(String figure, List<BenchPass.Outcome> passes, long requests) {
        BenchPass.Outcome cold = passes.get(0);
        double[] warm = passes.stream().skip(passes.size() > 1 ? 1 : 0)
                .mapToDouble(BenchPass.Outcome::valuesPerSecond).sorted().toArray();
        double median = warm[warm.length / 2];
        System.out.println(String.format(Locale.ROOT,
                "RESULT {\"figure\":\"%s\",\"values\":%d,\"cold_seconds\":%.3f,\"cold_cpu_seconds\":%.3f,\"cold_values_per_s\":%.0f,"
                        + "\"warm_values_per_s\":%.0f,\"warm_min\":%.0f,\"warm_max\":%.0f,\"passes\":%d,\"requests\":%d}",
                figure, cold.values(), cold.seconds(), cold.cpuSeconds(), cold.valuesPerSecond(), median, warm[0], warm[warm.length - 1],
                passes.size(), requests));
    }

    static void pass(String figure, int index, BenchPass.Outcome outcome) {
        System.out.println(String.format(Locale.ROOT, "%s pass %d: %d values in %.3f s (cpu %.3f s) = %.0f values/s",
                figure, index, outcome.values(), outcome.seconds(), outcome.cpuSeconds(), outcome.valuesPerSecond()));
    }
}
