package com.winccreports.shift.aggregate;

import java.util.Arrays;

/** Growable table of state code → time, entries; a handful of codes, looked up with a last-hit cache. */
final class StateTable {

    private int[] codes = new int[8];
    private long[] millis = new long[8];
    private long[] entries = new long[8];
    private int size;
    private int lastHit = -1;

    void addTime(int code, long ms) {
        millis[indexOf(code)] += ms;
    }

    void addEntry(int code) {
        entries[indexOf(code)]++;
    }

    void add(StateTimes other) {
        for (int i = 0; i < other.size(); i++) {
            int k = indexOf(other.codes()[i]);
            millis[k] += other.millis()[i];
            entries[k] += other.entries()[i];
        }
    }

    private int indexOf(int code) {
        if (lastHit >= 0 && codes[lastHit] == code) {
            return lastHit;
        }
        for (int i = 0; i < size; i++) {
            if (codes[i] == code) {
                lastHit = i;
                return i;
            }
        }
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, size * 2);
            millis = Arrays.copyOf(millis, size * 2);
            entries = Arrays.copyOf(entries, size * 2);
        }
        codes[size] = code;
        lastHit = size;
        return size++;
    }

    StateTimes snapshot() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Integer.compare(codes[x], codes[y]));
        int[] c = new int[size];
        long[] m = new long[size];
        long[] e = new long[size];
        for (int i = 0; i < size; i++) {
            c[i] = codes[order[i]];
            m[i] = millis[order[i]];
            e[i] = entries[order[i]];
        }
        return new StateTimes(c, m, e);
    }
}
