package com.winccreports.shiftreport.staging;

/**
 * One staged partial aggregate: a tag's samples inside one shift, over the window {@code [windowFrom,
 * windowTo]} (epoch millis of its first and last sample) that one chunk read. {@code data} is the engine's
 * encoded partial.
 */
public record PartialRow(String tag, int shiftIndex, long windowFrom, long windowTo, long valueCount, String data) {
}
