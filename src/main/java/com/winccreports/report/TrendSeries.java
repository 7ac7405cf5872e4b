package com.winccreports.report;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A downsampled trend of one tag over the report period, for charts. Bounded: at most
 * {@link #MAX_POINTS} points (a day of per-minute averages is 1,440), so it may be held in memory.
 *
 * @param tag        tag name
 * @param label      legend text in the report's language
 * @param unit       engineering unit
 * @param resolution bucket width, e.g. one minute
 * @param points     points in time order; a NaN value marks a gap
 */
public record TrendSeries(String tag, String label, String unit, Duration resolution, List<TrendPoint> points) {

    /** Upper bound on points per series; downsample further for longer periods. */
    public static final int MAX_POINTS = 20_000;

    public TrendSeries {
        Objects.requireNonNull(tag, "tag");
        label = label == null || label.isBlank() ? tag : label;
        unit = unit == null ? "" : unit;
        Objects.requireNonNull(resolution, "resolution");
        points = List.copyOf(points);
        if (points.size() > MAX_POINTS) {
            throw new IllegalArgumentException("trend " + tag + " has " + points.size() + " points, more than "
                    + MAX_POINTS + ": downsample it");
        }
    }
}
