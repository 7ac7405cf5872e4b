package com.winccreports.shiftreport.staging;

/**
 * One staged partial aggregate: a tag's samples inside one shift, over the window {@code [windowFrom,
 * windowTo]} (epoch millis of its first and last sample) that one chunk read. {@code data} is the engine's
 * encoded partial (binary in the database). Compared by content.
 */
public record PartialRow(String tag, int shiftIndex, long windowFrom, long windowTo, long valueCount, byte[] data) {

    @Override
    public boolean equals(Object other) {
        return other instanceof PartialRow row && tag.equals(row.tag) && shiftIndex == row.shiftIndex
                && windowFrom == row.windowFrom && windowTo == row.windowTo && valueCount == row.valueCount
                && java.util.Arrays.equals(data, row.data);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(tag, shiftIndex, windowFrom, windowTo, valueCount) * 31
                + java.util.Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "PartialRow[" + tag + ", shift " + shiftIndex + ", " + windowFrom + ".." + windowTo + ", "
                + valueCount + " values, " + data.length + " bytes]";
    }
}
