package com.winccreports.wincc;

import java.util.Arrays;
import java.util.Objects;

/**
 * One page of archived values of one tag, in columns: the item the archive reader hands downstream.
 * Arrays have exactly {@link #size()} entries, ascending by time; never one object per value.
 *
 * @param tag                 archive variable name
 * @param timestampsMillis    epoch milliseconds (UTC)
 * @param values              values as doubles
 * @param qualities           quality codes (OPC byte: {@code >= 0x80} good, {@code 0x40..0x7F} uncertain,
 *                            {@code < 0x40} bad); a value the server sent without a quality code is
 *                            stored as {@link #QUALITY_ASSUMED_GOOD}: good by every comparison above,
 *                            but marked by {@link #QUALITY_UNKNOWN_FLAG} so coverage can report it
 */
public record ArchivePage(String tag, long[] timestampsMillis, double[] values, int[] qualities) {

    /** Bit set on the quality of a value that came without {@code qualityCode}. */
    public static final int QUALITY_UNKNOWN_FLAG = 0x1_0000;

    /** Quality stored for a value that came without {@code qualityCode}: good, flagged as unknown. */
    public static final int QUALITY_ASSUMED_GOOD = 0xC0 | QUALITY_UNKNOWN_FLAG;

    public ArchivePage {
        Objects.requireNonNull(tag, "tag");
        if (timestampsMillis.length != values.length || values.length != qualities.length) {
            throw new IllegalArgumentException("columns of " + tag + " differ in length: "
                    + timestampsMillis.length + "/" + values.length + "/" + qualities.length);
        }
    }

    /** An empty page of a tag. */
    public static ArchivePage empty(String tag) {
        return new ArchivePage(tag, new long[0], new double[0], new int[0]);
    }

    public int size() {
        return values.length;
    }

    public boolean isEmpty() {
        return values.length == 0;
    }

    /** Timestamp of the last value; only for a non-empty page. */
    public long lastTimestampMillis() {
        return timestampsMillis[timestampsMillis.length - 1];
    }

    /** The values at indices {@code [from, to)} as a new page. */
    public ArchivePage slice(int from, int to) {
        return new ArchivePage(tag, Arrays.copyOfRange(timestampsMillis, from, to),
                Arrays.copyOfRange(values, from, to), Arrays.copyOfRange(qualities, from, to));
    }

    /** How many values came without a quality code. */
    public int qualityUnknownCount() {
        int count = 0;
        for (int quality : qualities) {
            count += (quality & QUALITY_UNKNOWN_FLAG) != 0 ? 1 : 0;
        }
        return count;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArchivePage page && tag.equals(page.tag)
                && Arrays.equals(timestampsMillis, page.timestampsMillis) && Arrays.equals(values, page.values)
                && Arrays.equals(qualities, page.qualities);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tag, Arrays.hashCode(timestampsMillis), Arrays.hashCode(values), Arrays.hashCode(qualities));
    }

    @Override
    public String toString() {
        return "ArchivePage[" + tag + ", " + size() + " values" + (isEmpty() ? "" : ", "
                + java.time.Instant.ofEpochMilli(timestampsMillis[0]) + ".." + java.time.Instant.ofEpochMilli(lastTimestampMillis())) + "]";
    }
}
