package com.winccreports.shiftreport.staging;

/** Sum and count of a tag's good values in one trend bucket, as one chunk window saw them. */
public record TrendRow(String tag, long windowFrom, long bucketStart, double sum, long count) {
}
