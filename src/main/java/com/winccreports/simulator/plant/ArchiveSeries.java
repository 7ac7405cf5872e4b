package com.winccreports.simulator.plant;

import java.util.Arrays;

/**
 * The raw archived values of one tag in a window, in archive order (ascending timestamps; several
 * values may share one timestamp): columns of epoch milliseconds, values and quality codes.
 */
public record ArchiveSeries(String tag, long[] timestamps, double[] values, int[] qualities) {

    public int size() {
        return timestamps.length;
    }

    static ArchiveSeries collect(String tag, Collector collector) {
        int n = collector.size;
        return new ArchiveSeries(tag, Arrays.copyOf(collector.ts, n), Arrays.copyOf(collector.vs, n),
                Arrays.copyOf(collector.qs, n));
    }

    /** A growable sink that {@link PlantModel#forEach} fills. */
    static final class Collector implements RecordSink {
        long[] ts = new long[256];
        double[] vs = new double[256];
        int[] qs = new int[256];
        int size;

        @Override
        public void record(long timestampMillis, double value, int quality) {
            if (size == ts.length) {
                ts = Arrays.copyOf(ts, size * 2);
                vs = Arrays.copyOf(vs, size * 2);
                qs = Arrays.copyOf(qs, size * 2);
            }
            ts[size] = timestampMillis;
            vs[size] = value;
            qs[size] = quality;
            size++;
        }
    }
}
