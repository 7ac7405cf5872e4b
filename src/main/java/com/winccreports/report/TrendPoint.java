package com.winccreports.report;

import java.time.Instant;
import java.util.Objects;

/** One point of a downsampled trend: the average over the bucket starting at {@code time} (NaN for a gap). */
public record TrendPoint(Instant time, double value) {

    public TrendPoint {
        Objects.requireNonNull(time, "time");
    }
}
