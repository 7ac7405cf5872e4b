package com.winccreports.shift.aggregate;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

/**
 * Throughput of {@link SliceAccumulator#accept} on primitive pages (run by {@code bench/aggregation};
 * not a test). Prints values/s for an analog (linear, spec limits), a counter and a state tag:
 * 10 M values in 10 k-value pages, warm-up then the median of 5 rounds.
 */
public final class AggregationBenchmark {

    private static final int PAGE = 10_000;
    private static final int VALUES = 10_000_000;

    public static void main(String[] args) {
        run("analog linear + limits", TagProfile.of(TagKind.ANALOG, Interpolation.LINEAR, Duration.ofSeconds(3)).withSpecLimits(40.0, 60.0));
        run("counter with rollover", TagProfile.of(TagKind.COUNTER, Interpolation.STEPPED, Duration.ofSeconds(3)).withRollover(65536.0));
        run("state", TagProfile.of(TagKind.STATE, Interpolation.STEPPED, Duration.ofHours(8)));
    }

    private static void run(String name, TagProfile profile) {
        long[] ts = new long[PAGE];
        double[] vs = new double[PAGE];
        int[] qs = new int[PAGE];
        Random r = new Random(42);
        for (int i = 0; i < PAGE; i++) {
            vs[i] = profile.tagKind() == TagKind.STATE ? 1 + (i / 500) % 4 : profile.tagKind() == TagKind.COUNTER ? (i * 3) % 65536 : 50 + r.nextGaussian() * 5;
            qs[i] = i % 997 == 0 ? Quality.BAD : Quality.GOOD;
        }
        for (int w = 0; w < 3; w++) {
            once(profile, ts, vs, qs);
        }
        double[] rates = new double[5];
        for (int k = 0; k < rates.length; k++) {
            long t0 = System.nanoTime();
            TagPartial p = once(profile, ts, vs, qs);
            long ns = System.nanoTime() - t0;
            rates[k] = VALUES / (ns / 1e9);
            if (p.count() != VALUES) {
                throw new IllegalStateException("lost values");
            }
        }
        Arrays.sort(rates);
        System.out.printf("%-24s %7.1f M values/s  [%.1f–%.1f]%n", name, rates[2] / 1e6, rates[0] / 1e6, rates[4] / 1e6);
    }

    private static TagPartial once(TagProfile profile, long[] ts, double[] vs, int[] qs) {
        SliceAccumulator acc = new SliceAccumulator(0, (long) VALUES * 1000, profile);
        for (int page = 0; page < VALUES / PAGE; page++) {
            long base = (long) page * PAGE * 1000;
            for (int i = 0; i < PAGE; i++) {
                ts[i] = base + i * 1000L;
            }
            acc.accept(ts, vs, qs, PAGE);
        }
        return acc.partial();
    }
}
