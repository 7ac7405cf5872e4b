package com.winccreports.shiftreport.read;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Where one tag's partials stand inside a partition: the start of the next window ({@code cursor}) and the
 * values already read at the newest instant ({@code carry}), which wait for the next page because more values
 * of the same instant may follow. Kept in the step execution context, so it commits with the chunk.
 */
record OpenWindow(long cursor, long[] carryTs, double[] carryValues, int[] carryQualities) implements Serializable {

    static OpenWindow at(long cursor) {
        return new OpenWindow(cursor, new long[0], new double[0], new int[0]);
    }

    int carried() {
        return carryTs.length;
    }

    /** Carry followed by the first {@code count} values of {@code page}. */
    TagPage join(TagPage page) {
        int n = carryTs.length + page.count();
        long[] ts = Arrays.copyOf(carryTs, n);
        double[] values = Arrays.copyOf(carryValues, n);
        int[] qualities = Arrays.copyOf(carryQualities, n);
        System.arraycopy(page.timestamps(), 0, ts, carryTs.length, page.count());
        System.arraycopy(page.values(), 0, values, carryTs.length, page.count());
        System.arraycopy(page.qualities(), 0, qualities, carryTs.length, page.count());
        return new TagPage(page.tag(), ts, values, qualities, n);
    }

    /** The window's state after emitting everything before {@code newCursor}, carrying {@code [from, count)} of {@code all}. */
    static OpenWindow after(long newCursor, TagPage all, int from) {
        return new OpenWindow(newCursor, Arrays.copyOfRange(all.timestamps(), from, all.count()),
                Arrays.copyOfRange(all.values(), from, all.count()), Arrays.copyOfRange(all.qualities(), from, all.count()));
    }
}
