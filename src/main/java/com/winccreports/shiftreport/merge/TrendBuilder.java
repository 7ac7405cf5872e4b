package com.winccreports.shiftreport.merge;

import com.winccreports.report.TrendPoint;
import com.winccreports.report.TrendSeries;
import com.winccreports.shift.aggregate.Interpolation;
import com.winccreports.shift.aggregate.Sample;
import com.winccreports.shift.aggregate.TagKind;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.shiftreport.staging.StagingStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trend of an analog tag for the report's charts: the mean of its good values per bucket (one minute
 * for a day; wider for longer periods, at most {@link #POINTS} buckets). A bucket without good values is
 * a NaN point, which charts draw as a gap — except for stepped tags logged on change (setpoints), whose
 * value stays in force until the next one, within the tag's {@code maxSilence}.
 */
public final class TrendBuilder {

    /**
     * Buckets per period at most: one per minute of a day (one more where wide buckets, aligned to the epoch,
     * do not start with the period).
     */
    public static final int POINTS = 1440;

    private TrendBuilder() {
    }

    /** Bucket width for a period of {@code millis}: whole minutes, at least one. */
    public static long resolution(long millis) {
        long minutes = Math.max(1, (millis + POINTS * 60_000L - 1) / (POINTS * 60_000L));
        return minutes * 60_000L;
    }

    /** Whether a tag gets a trend (analog values and setpoints; not counters or states). */
    public static boolean trended(TagProfile profile) {
        return profile.tagKind() == TagKind.ANALOG || profile.tagKind() == TagKind.SETPOINT;
    }

    /** @param bound the value in force at {@code from}, or null */
    static TrendSeries series(String tag, TagProfile profile, List<StagingStore.Bucket> buckets, long from, long to,
            Sample bound) {
        long resolution = resolution(to - from);
        Map<Long, StagingStore.Bucket> byStart = new HashMap<>();
        buckets.forEach(bucket -> byStart.put(bucket.start(), bucket));
        boolean stepped = profile.interpolationMode() == Interpolation.STEPPED;
        long validity = profile.validityMillis();
        List<TrendPoint> points = new ArrayList<>();
        boolean usableBound = bound != null && bound.usable();
        double inForce = usableBound ? bound.v() : Double.NaN;
        long since = usableBound ? bound.t() : Long.MIN_VALUE;
        for (long start = Math.floorDiv(from, resolution) * resolution; start < to; start += resolution) {
            StagingStore.Bucket bucket = byStart.get(start);
            double value = bucket == null || bucket.count() == 0 ? Double.NaN : bucket.sum() / bucket.count();
            if (!Double.isNaN(value)) {
                inForce = value;
                since = start;
            } else if (stepped && since != Long.MIN_VALUE && start - since <= validity) {
                value = inForce;
            }
            points.add(new TrendPoint(Instant.ofEpochMilli(Math.max(start, from)), value));
        }
        return new TrendSeries(tag, profile.description().orElse(null), profile.unit().orElse(null), Duration.ofMillis(resolution), points);
    }
}
