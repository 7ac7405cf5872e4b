package com.winccreports.wincc;

import java.util.Arrays;

/** One tag's archive in memory answering like docs/wincc-rest.md §3 (inclusive range, first N, server cap). */
final class InMemoryArchive implements WindowPager.PageFetcher {

    final long[] timestamps;
    final double[] values;
    private final int serverCap;
    int requests;

    InMemoryArchive(long[] timestamps, int serverCap) {
        this.timestamps = timestamps;
        this.values = new double[timestamps.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        this.serverCap = serverCap;
    }

    @Override
    public ArchivePage fetch(String tag, long fromMillis, long toMillis, int maxValues) {
        requests++;
        int start = 0;
        while (start < timestamps.length && timestamps[start] < fromMillis) {
            start++;
        }
        int end = start;
        int max = Math.min(maxValues, serverCap);
        while (end < timestamps.length && timestamps[end] <= toMillis && end - start < max) {
            end++;
        }
        int[] q = new int[end - start];
        Arrays.fill(q, 192);
        return new ArchivePage(tag, Arrays.copyOfRange(timestamps, start, end), Arrays.copyOfRange(values, start, end), q);
    }

    /** The values in {@code [from, to)}: what paging must hand out, exactly. */
    ArchivePage expected(String tag, long from, long to) {
        int start = 0;
        while (start < timestamps.length && timestamps[start] < from) {
            start++;
        }
        int end = start;
        while (end < timestamps.length && timestamps[end] < to) {
            end++;
        }
        int[] q = new int[end - start];
        Arrays.fill(q, 192);
        return new ArchivePage(tag, Arrays.copyOfRange(timestamps, start, end), Arrays.copyOfRange(values, start, end), q);
    }
}
