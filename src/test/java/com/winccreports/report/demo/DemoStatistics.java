package com.winccreports.report.demo;

import com.winccreports.report.TagStatistics;
import com.winccreports.report.TrendPoint;
import com.winccreports.report.TrendSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Tag statistics and trends of the demo line, sampled from its signals every 10 s. */
final class DemoStatistics {

    private static final int STEP_S = 10;
    private static final int[] CYCLE_S = {1, 1, 1, 1, 10, 60};
    private static final double[][] LIMITS = {{175, 185}, {3.8, 4.6}, {Double.NaN, Double.NaN},
        {Double.NaN, 110}, {Double.NaN, 4.5}, {30, 60}};

    private final DemoSignals signals;
    private final Messages messages;
    private final String line;

    DemoStatistics(DemoSignals signals, Messages messages, String line) {
        this.signals = signals;
        this.messages = messages;
        this.line = line;
    }

    List<TagStatistics> statistics(Instant from, Instant to) {
        List<TagStatistics> result = new ArrayList<>();
        for (int tag = 0; tag < DemoSignals.TAGS.length; tag++) {
            result.add(statistics(tag, from, to));
        }
        return result;
    }

    private TagStatistics statistics(int tag, Instant from, Instant to) {
        double sum = 0, sumSq = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        Instant minAt = null, maxAt = null;
        long samples = 0, missing = 0, outside = 0;
        double lower = LIMITS[tag][0], upper = LIMITS[tag][1];
        for (Instant t = from; t.isBefore(to); t = t.plusSeconds(STEP_S)) {
            double v = signals.value(tag, t);
            if (Double.isNaN(v)) {
                missing++;
                continue;
            }
            samples++;
            sum += v;
            sumSq += v * v;
            if (v < min) { min = v; minAt = t; }
            if (v > max) { max = v; maxAt = t; }
            if (v < lower || v > upper) {
                outside++;
            }
        }
        double mean = sum / samples;
        double sigma = Math.sqrt(Math.max(0, sumSq / samples - mean * mean));
        boolean twoSided = !Double.isNaN(lower) && !Double.isNaN(upper) && sigma > 0;
        double cp = twoSided ? (upper - lower) / (6 * sigma) : Double.NaN;
        double cpk = twoSided ? Math.min(upper - mean, mean - lower) / (3 * sigma) : Double.NaN;
        long seconds = Duration.between(from, to).toSeconds();
        double coverage = 100.0 * samples / (samples + missing);
        long count = Math.round(seconds * coverage / 100 / CYCLE_S[tag]);
        return new TagStatistics(line + "." + DemoSignals.TAGS[tag], messages.get("tag." + DemoSignals.TAGS[tag]),
                DemoSignals.UNITS[tag], mean, min, minAt, max, maxAt, count, coverage, lower, upper,
                Duration.ofSeconds(outside * STEP_S), cp, cpk, mean);
    }

    /** Per-minute averages of the first {@code tags} signals over the period. */
    List<TrendSeries> trends(Instant from, Instant to, int tags) {
        List<TrendSeries> result = new ArrayList<>();
        for (int tag = 0; tag < tags; tag++) {
            List<TrendPoint> points = new ArrayList<>();
            for (Instant t = from; t.isBefore(to); t = t.plusSeconds(60)) {
                points.add(new TrendPoint(t, minuteAverage(tag, t)));
            }
            result.add(new TrendSeries(line + "." + DemoSignals.TAGS[tag],
                    messages.get("tag." + DemoSignals.TAGS[tag]), DemoSignals.UNITS[tag], Duration.ofMinutes(1),
                    points));
        }
        return result;
    }

    double minuteAverage(int tag, Instant minute) {
        double sum = 0;
        int n = 0;
        for (int s = 0; s < 60; s += STEP_S) {
            double v = signals.value(tag, minute.plusSeconds(s));
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
