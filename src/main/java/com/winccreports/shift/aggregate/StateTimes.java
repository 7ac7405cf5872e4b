package com.winccreports.shift.aggregate;

import java.util.Arrays;

/**
 * Time in each state code and the number of entries into it (a change from another state), as
 * parallel arrays sorted by code. Part of a {@link TagPartial}; empty for non-state tags.
 */
public record StateTimes(int[] codes, long[] millis, long[] entries) {

    public static final StateTimes EMPTY = new StateTimes(new int[0], new long[0], new long[0]);

    public StateTimes {
        if (codes.length != millis.length || codes.length != entries.length) {
            throw new IllegalArgumentException("codes, millis and entries must have the same length");
        }
    }

    public int size() {
        return codes.length;
    }

    /** Time in one state (ms), 0 if never seen. */
    public long millisOf(int code) {
        int i = Arrays.binarySearch(codes, code);
        return i >= 0 ? millis[i] : 0;
    }

    /** Entries into one state, 0 if never entered. */
    public long entriesOf(int code) {
        int i = Arrays.binarySearch(codes, code);
        return i >= 0 ? entries[i] : 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StateTimes s && Arrays.equals(codes, s.codes) && Arrays.equals(millis, s.millis)
                && Arrays.equals(entries, s.entries);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(codes) + Arrays.hashCode(millis)) + Arrays.hashCode(entries);
    }

    @Override
    public String toString() {
        return "StateTimes" + Arrays.toString(codes) + Arrays.toString(millis) + Arrays.toString(entries);
    }
}
