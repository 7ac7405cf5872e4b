package com.winccreports.shiftreport.read;

import java.util.Objects;

/**
 * One page of one tag's archive values as parallel primitive arrays, ascending in time: the item of the
 * reading partitions. The last page of a partition is followed by {@link #END}, which tells the writer
 * to close its open windows in the same chunk transaction.
 */
public record TagPage(String tag, long[] timestamps, double[] values, int[] qualities, int count) {

    /** Marks the end of a partition's pages. */
    public static final TagPage END = new TagPage("", new long[0], new double[0], new int[0], 0);

    public TagPage {
        Objects.requireNonNull(tag, "tag");
        if (count > timestamps.length || count > values.length || count > qualities.length) {
            throw new IllegalArgumentException("page of " + tag + " claims " + count + " values");
        }
    }

    public boolean isEnd() {
        return this == END;
    }
}
