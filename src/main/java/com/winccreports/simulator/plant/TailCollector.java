package com.winccreports.simulator.plant;

/** Keeps the last {@code limit} records it receives (a ring), for "latest N before" queries. */
final class TailCollector implements RecordSink {

    private final long[] ts;
    private final double[] vs;
    private final int[] qs;
    long count;

    TailCollector(int limit) {
        ts = new long[limit];
        vs = new double[limit];
        qs = new int[limit];
    }

    @Override
    public void record(long timestampMillis, double value, int quality) {
        if (ts.length == 0) {
            count++;
            return;
        }
        int i = (int) (count % ts.length);
        ts[i] = timestampMillis;
        vs[i] = value;
        qs[i] = quality;
        count++;
    }

    ArchiveSeries toSeries(String tag) {
        int n = (int) Math.min(count, ts.length);
        long[] t = new long[n];
        double[] v = new double[n];
        int[] q = new int[n];
        long first = count - n;
        for (int k = 0; k < n; k++) {
            int i = (int) ((first + k) % ts.length);
            t[k] = ts[i];
            v[k] = vs[i];
            q[k] = qs[i];
        }
        return new ArchiveSeries(tag, t, v, q);
    }
}
