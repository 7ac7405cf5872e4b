package com.winccreports.recordexport.rows;

import com.winccreports.recordexport.plan.ExportTag;
import com.winccreports.shift.aggregate.Quality;
import com.winccreports.shift.aggregate.Sample;
import com.winccreports.shift.aggregate.SliceAccumulator;
import com.winccreports.shift.aggregate.Stretch;
import com.winccreports.shift.aggregate.TagAggregator;
import com.winccreports.shift.aggregate.TagStatistics;
import com.winccreports.wincc.ArchivePage;
import java.util.Arrays;
import java.util.List;

/**
 * One tag's statistics over a section, from the shift engine (count, minimum and maximum with their times, time
 * average, coverage, every gap and bad stretch), and a fixed number of chart buckets (minimum, maximum and mean of
 * the usable values, and the last usable value of each) — fed one staged block at a time, so its memory does not
 * grow with the section.
 */
public final class TagSummary {

    /** Chart buckets per section: enough for a page-wide line, few enough to stay small. */
    public static final int BUCKETS = 480;

    private final ExportTag tag;
    private final long from;
    private final long to;
    private final SliceAccumulator accumulator;
    private final double[] min = new double[BUCKETS];
    private final double[] max = new double[BUCKETS];
    private final double[] sum = new double[BUCKETS];
    private final long[] count = new long[BUCKETS];
    private final double[] last = new double[BUCKETS];
    /** The usable value in force at the section's start (its bounding value), NaN when none. */
    private final double initial;

    public TagSummary(ExportTag tag, long fromMillis, long toMillis, Sample before) {
        this.tag = tag;
        this.from = fromMillis;
        this.to = toMillis;
        this.accumulator = new SliceAccumulator(fromMillis, toMillis, tag.profile());
        if (before != null) {
            accumulator.bound(before.t(), before.v(), before.q());
        }
        this.initial = before != null && Quality.isUsable(before.q()) ? before.v() : Double.NaN;
        Arrays.fill(last, Double.NaN);
        Arrays.fill(min, Double.NaN);
        Arrays.fill(max, Double.NaN);
    }

    public ExportTag tag() {
        return tag;
    }

    /** Adds a whole staged block (ascending, inside the section). */
    public void accept(ArchivePage page) {
        accumulator.accept(page.timestampsMillis(), page.values(), page.qualities(), page.size());
        long width = Math.max(1, (to - from + BUCKETS - 1) / BUCKETS);
        for (int i = 0; i < page.size(); i++) {
            if (!Quality.isUsable(page.qualities()[i])) {
                continue;
            }
            int b = (int) Math.min(BUCKETS - 1, (page.timestampsMillis()[i] - from) / width);
            double v = page.values()[i];
            min[b] = count[b] == 0 ? v : Math.min(min[b], v);
            max[b] = count[b] == 0 ? v : Math.max(max[b], v);
            sum[b] += v;
            count[b]++;
            last[b] = v;
        }
    }

    /** The engine's statistics of the section; {@code after} is the first value at or after its end, or null. */
    public TagStatistics finish(Sample after) {
        return TagAggregator.finish(accumulator.partial(), from, to, tag.profile(), after);
    }

    /** Bucket {@code i} covers {@code [from + i·w, from + (i+1)·w)}; NaN where it has no usable value. */
    public double bucketMin(int i) {
        return min[i];
    }

    public double bucketMax(int i) {
        return max[i];
    }

    public double bucketMean(int i) {
        return count[i] == 0 ? Double.NaN : sum[i] / count[i];
    }

    /**
     * The value in force at the end of each bucket — the last usable value at or before it, from the bounding value
     * at the section's start on — and NaN in a bucket that any of {@code unknown} (the engine's gap and bad-quality
     * stretches) overlaps, so a line through these values breaks where the value was not known. For tags logged on
     * change (states, setpoints), whose buckets mostly hold no value of their own.
     */
    public double[] inForce(List<Stretch> unknown) {
        double[] values = new double[BUCKETS];
        double current = initial;
        for (int i = 0; i < BUCKETS; i++) {
            if (!Double.isNaN(last[i])) {
                current = last[i];
            }
            long start = bucketStart(i);
            long end = bucketEnd(i);
            boolean known = unknown.stream().noneMatch(s -> s.start() < end && s.end() > start);
            values[i] = known && start < to ? current : Double.NaN;
        }
        return values;
    }

    public long bucketStart(int i) {
        return from + i * Math.max(1, (to - from + BUCKETS - 1) / BUCKETS);
    }

    /** Where bucket {@code i} ends (exclusive): the next one's start, the section's end for the last. */
    public long bucketEnd(int i) {
        return Math.min(to, bucketStart(i + 1));
    }
}
