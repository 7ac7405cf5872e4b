package com.winccreports.shift.aggregate;

import java.util.Arrays;

/** Test helper: builds archive pages as the job hands them over (parallel primitive arrays). */
final class Series {

    long[] ts = new long[0];
    double[] vs = new double[0];
    int[] qs = new int[0];

    static Series of() {
        return new Series();
    }

    /** Adds a sample at {@code seconds} (ms = seconds × 1000). */
    Series at(double seconds, double value, int quality) {
        int n = ts.length;
        ts = Arrays.copyOf(ts, n + 1);
        vs = Arrays.copyOf(vs, n + 1);
        qs = Arrays.copyOf(qs, n + 1);
        ts[n] = Math.round(seconds * 1000);
        vs[n] = value;
        qs[n] = quality;
        return this;
    }

    Series good(double seconds, double value) {
        return at(seconds, value, Quality.GOOD);
    }

    /** Partial of the samples in [fromS, toS) seconds, with an optional bound. */
    TagPartial slice(double fromS, double toS, TagProfile profile, Sample bound) {
        long from = Math.round(fromS * 1000);
        long to = Math.round(toS * 1000);
        SliceAccumulator acc = new SliceAccumulator(from, to, profile);
        if (bound != null) {
            acc.bound(bound.t(), bound.v(), bound.q());
        }
        int i = 0;
        while (i < ts.length && ts[i] < from) {
            i++;
        }
        int j = i;
        while (j < ts.length && ts[j] < to) {
            j++;
        }
        acc.accept(Arrays.copyOfRange(ts, i, j), Arrays.copyOfRange(vs, i, j), Arrays.copyOfRange(qs, i, j), j - i);
        return acc.partial();
    }

    TagStatistics window(double fromS, double toS, TagProfile profile, Sample bound) {
        return TagAggregator.finish(slice(fromS, toS, profile, bound), Math.round(fromS * 1000), Math.round(toS * 1000), profile);
    }

    static Sample sample(double seconds, double value, int quality) {
        return new Sample(Math.round(seconds * 1000), value, quality);
    }
}
