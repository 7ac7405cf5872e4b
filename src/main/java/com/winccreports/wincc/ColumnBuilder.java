package com.winccreports.wincc;

import java.util.Arrays;

/** Growable primitive columns that a streaming parse appends to; becomes one {@link ArchivePage}. */
final class ColumnBuilder {

    private long[] timestamps;
    private double[] values;
    private int[] qualities;
    private int size;

    ColumnBuilder(int expected) {
        int capacity = Math.max(16, expected);
        timestamps = new long[capacity];
        values = new double[capacity];
        qualities = new int[capacity];
    }

    void add(long timestampMillis, double value, int quality) {
        if (size == values.length) {
            int capacity = size * 2;
            timestamps = Arrays.copyOf(timestamps, capacity);
            values = Arrays.copyOf(values, capacity);
            qualities = Arrays.copyOf(qualities, capacity);
        }
        timestamps[size] = timestampMillis;
        values[size] = value;
        qualities[size] = quality;
        size++;
    }

    int size() {
        return size;
    }

    ArchivePage build(String tag) {
        return new ArchivePage(tag, Arrays.copyOf(timestamps, size), Arrays.copyOf(values, size),
                Arrays.copyOf(qualities, size));
    }
}
