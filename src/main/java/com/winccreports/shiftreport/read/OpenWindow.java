package com.winccreports.shiftreport.read;

import com.winccreports.wincc.ArchivePage;
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

    /** Carry followed by {@code page}. */
    ArchivePage join(String tag, ArchivePage page) {
        if (carryTs.length == 0) {
            return page;
        }
        int n = carryTs.length + page.size();
        long[] ts = Arrays.copyOf(carryTs, n);
        double[] values = Arrays.copyOf(carryValues, n);
        int[] qualities = Arrays.copyOf(carryQualities, n);
        System.arraycopy(page.timestampsMillis(), 0, ts, carryTs.length, page.size());
        System.arraycopy(page.values(), 0, values, carryTs.length, page.size());
        System.arraycopy(page.qualities(), 0, qualities, carryTs.length, page.size());
        return new ArchivePage(tag, ts, values, qualities);
    }

    /** The state after emitting everything before {@code newCursor}, carrying values {@code [from, size)} of {@code all}. */
    static OpenWindow after(long newCursor, ArchivePage all, int from) {
        int to = all.size();
        return new OpenWindow(newCursor, Arrays.copyOfRange(all.timestampsMillis(), from, to),
                Arrays.copyOfRange(all.values(), from, to), Arrays.copyOfRange(all.qualities(), from, to));
    }
}
