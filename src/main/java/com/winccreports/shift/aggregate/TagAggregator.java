package com.winccreports.shift.aggregate;

import java.util.List;

/**
 * Merges the {@link TagPartial}s of adjacent slices and finishes a window into
 * {@link TagStatistics}. Stateless.
 *
 * <h2>How a job uses it</h2>
 * <ol>
 *   <li>Cut the report period at every shift boundary (and, if wanted, more finely, e.g. hourly);
 *       every slice lies inside exactly one shift.</li>
 *   <li>Per (tag, slice): a {@link SliceAccumulator} with the tag's {@link TagProfile}, the slice's
 *       bounding value, and the archive pages of {@code [sliceStart, sliceEnd)}; store
 *       {@link SliceAccumulator#partial()}.</li>
 *   <li>Per (tag, shift): {@link #mergeAll(List, TagProfile)} the shift's partials in time order
 *       (they must be contiguous: one slice's end is the next one's start), then
 *       {@link #finish(TagPartial, long, long, TagProfile)} with the shift's start and end.</li>
 * </ol>
 * Merging is associative; any grouping of contiguous partials gives the same result (to
 * floating-point rounding) as one accumulator over the whole window.
 */
public final class TagAggregator {

    private TagAggregator() {
    }

    /**
     * Combines two adjacent partials ({@code a.end() == b.start()}) into one over
     * {@code [a.start, b.end)}, settling the segment from a's last sample to b's first.
     */
    public static TagPartial merge(TagPartial a, TagPartial b, TagProfile profile) {
        if (a.end() != b.start()) {
            throw new IllegalArgumentException("partials are not adjacent: [" + a.start() + ", " + a.end()
                    + ") and [" + b.start() + ", " + b.end() + ")");
        }
        SegmentAccumulator seg = new SegmentAccumulator(profile);
        seg.addInterior(a);
        Sample l = a.last();
        Sample f = b.first();
        if (l != null && f != null) {
            seg.segment(l.t(), l.v(), l.q(), true, f.t(), f.v(), f.q(), l.t(), f.t());
        }
        Sample lg = a.lastGood();
        Sample fg = b.firstGood();
        if (lg != null && fg != null) {
            seg.goodPair(lg.t(), lg.v(), true, fg.t(), fg.v(), lg.t(), fg.t(), true);
        }
        seg.addInterior(b);
        long n = a.goodCount() + b.goodCount();
        double mean = a.mean();
        double m2 = a.m2();
        if (b.goodCount() > 0) {
            double delta = b.mean() - a.mean();
            mean = a.mean() + delta * b.goodCount() / n;
            m2 = a.m2() + b.m2() + delta * delta * a.goodCount() * b.goodCount() / n;
        }
        return new TagPartial(a.start(), b.end(), a.bound(), or(a.first(), b.first()), or(b.last(), a.last()),
                or(a.firstGood(), b.firstGood()), or(b.lastGood(), a.lastGood()), a.count() + b.count(), n,
                a.uncertainCount() + b.uncertainCount(), min(a.min(), b.min()), max(a.max(), b.max()),
                mean, m2, seg.sums(), seg.stateTimes(), seg.stretchList(), seg.counterEventList());
    }

    /** Merges contiguous partials in time order; at least one. */
    public static TagPartial mergeAll(List<TagPartial> partials, TagProfile profile) {
        if (partials.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        TagPartial acc = partials.get(0);
        for (int i = 1; i < partials.size(); i++) {
            acc = merge(acc, partials.get(i), profile);
        }
        return acc;
    }

    /** {@link #finish(TagPartial, long, long, TagProfile, Sample)} without a value after the window. */
    public static TagStatistics finish(TagPartial p, long windowStart, long windowEnd, TagProfile profile) {
        return finish(p, windowStart, windowEnd, profile, null);
    }

    /**
     * Closes a window: the head (from the window start to the first sample, read from the bounding
     * value) and the tail (from the last sample to the window end) are added, then every statistic
     * is derived. The partial must span exactly {@code [windowStart, windowEnd)}.
     *
     * @param after the first sample at or after {@code windowEnd}, or {@code null}: with linear
     *              interpolation the tail then slopes towards it (OPC UA "interpolated bounding
     *              value"); without it the last value is held to the end. The job has it as the
     *              {@code first()} of the next shift's merged partial.
     */
    public static TagStatistics finish(TagPartial p, long windowStart, long windowEnd, TagProfile profile, Sample after) {
        if (p.start() != windowStart || p.end() != windowEnd) {
            throw new IllegalArgumentException("partial spans [" + p.start() + ", " + p.end()
                    + ") but the window is [" + windowStart + ", " + windowEnd + ")");
        }
        if (after != null && after.t() < windowEnd) {
            throw new IllegalArgumentException("the value after the window lies before its end: " + after.t());
        }
        SegmentAccumulator seg = new SegmentAccumulator(profile);
        head(seg, p, after);
        seg.addInterior(p);
        boolean next = after != null;
        Sample l = p.last();
        if (l != null) {
            seg.segment(l.t(), l.v(), l.q(), next, next ? after.t() : 0, next ? after.v() : 0, next ? after.q() : 0,
                    l.t(), p.end());
        }
        Sample lg = p.lastGood();
        if (lg != null) {
            tailGood(seg, lg, after, p.end());
        }
        Sample min = min(min(bounding(seg, p, after, true), p.min()), bounding(seg, p, after, false));
        Sample max = max(max(bounding(seg, p, after, true), p.max()), bounding(seg, p, after, false));
        return TagStatisticsFactory.create(p, seg, profile, min, max);
    }

    /**
     * The curve's value at the window start ({@code start}) or its end, as a sample stamped there, when the
     * time average draws one there (OPC UA Part 13 Minimum2 / Maximum2: the bounding values count, so minimum,
     * maximum and average describe one curve); {@code null} otherwise.
     */
    private static Sample bounding(SegmentAccumulator seg, TagPartial p, Sample after, boolean start) {
        Sample s = start || p.last() == null ? p.bound() : p.last();
        if (s == null || (start && p.first() != null && p.first().t() == p.start())) {
            return null;   // no value in force, or no head: the first sample is the curve's start
        }
        Sample e = start && p.first() != null ? p.first() : after;
        boolean hasE = e != null;
        long at = start ? p.start() : p.end();
        double v = seg.curveAt(s.t(), s.v(), s.q(), hasE, hasE ? e.t() : 0, hasE ? e.v() : 0, hasE ? e.q() : 0, at,
                !start);
        return Double.isNaN(v) || p.end() == p.start() ? null : new Sample(at, v, s.q());
    }

    private static void head(SegmentAccumulator seg, TagPartial p, Sample after) {
        Sample b = p.bound();
        Sample f = p.first() != null ? p.first() : after;
        long headEnd = p.first() == null ? p.end() : p.first().t();
        if (b == null) {
            seg.unknown(p.start(), headEnd);
        } else {
            boolean hasE = f != null;
            seg.segment(b.t(), b.v(), b.q(), hasE, hasE ? f.t() : 0, hasE ? f.v() : 0, hasE ? f.q() : 0, p.start(), headEnd);
        }
        if (b != null && b.usable()) {
            Sample fg = p.firstGood();
            if (fg == null) {
                tailGood(seg, b, after, p.end(), p.start());
            } else {
                seg.goodPair(b.t(), b.v(), true, fg.t(), fg.v(), p.start(), fg.t(), true);
            }
        }
    }

    private static void tailGood(SegmentAccumulator seg, Sample g, Sample after, long end) {
        tailGood(seg, g, after, end, g.t());
    }

    /** The usable sample g in force from {@code from} to the window end; sloping towards a usable {@code after}. */
    private static void tailGood(SegmentAccumulator seg, Sample g, Sample after, long end, long from) {
        boolean next = after != null && after.usable();
        seg.goodPair(g.t(), g.v(), next, next ? after.t() : 0, next ? after.v() : 0, from, end, false);
    }

    private static Sample or(Sample x, Sample y) {
        return x != null ? x : y;
    }

    private static Sample min(Sample x, Sample y) {
        return x == null ? y : y == null ? x : y.v() < x.v() ? y : x;
    }

    private static Sample max(Sample x, Sample y) {
        return x == null ? y : y == null ? x : y.v() > x.v() ? y : x;
    }
}
