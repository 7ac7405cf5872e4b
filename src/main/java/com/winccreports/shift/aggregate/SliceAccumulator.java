package com.winccreports.shift.aggregate;

/**
 * Aggregates one tag over one time slice {@code [start, end)} from archive pages given as primitive
 * arrays, and hands out a mergeable {@link TagPartial}. Not thread-safe: one accumulator per
 * (tag, slice), e.g. per partition worker.
 *
 * <pre>{@code
 * SliceAccumulator acc = new SliceAccumulator(sliceStart, sliceEnd, profile);
 * acc.bound(boundTs, boundValue, boundQuality);      // value in force at sliceStart, if the archive has one
 * for (ArchivePage page : pages) {                    // ascending, inside [sliceStart, sliceEnd)
 *     acc.accept(page.timestamps(), page.values(), page.qualities(), page.count());
 * }
 * TagPartial partial = acc.partial();                 // store it (JSON or partial.encode())
 * }</pre>
 *
 * Values must arrive in ascending time order (equal timestamps allowed) and lie inside the slice;
 * otherwise {@link IllegalArgumentException} names the offending timestamp.
 */
public final class SliceAccumulator {

    private final long start;
    private final long end;
    private final SegmentAccumulator seg;
    private Sample bound;
    private long count;
    private long goodCount;
    private long uncertainCount;
    private long firstT;
    private double firstV;
    private int firstQ;
    private long lastT = Long.MIN_VALUE;
    private double lastV;
    private int lastQ;
    private boolean hasGood;
    private long firstGoodT;
    private double firstGoodV;
    private int firstGoodQ;
    private long lastGoodT;
    private double lastGoodV;
    private int lastGoodQ;
    private double shift;
    private double sum;
    private double sumSq;
    private long minT;
    private double minV = Double.POSITIVE_INFINITY;
    private int minQ;
    private long maxT;
    private double maxV = Double.NEGATIVE_INFINITY;
    private int maxQ;

    public SliceAccumulator(long startMillis, long endMillis, TagProfile profile) {
        if (endMillis < startMillis) {
            throw new IllegalArgumentException("slice end before start: [" + startMillis + ", " + endMillis + ")");
        }
        this.start = startMillis;
        this.end = endMillis;
        this.seg = new SegmentAccumulator(profile);
    }

    /**
     * The bounding value: the last archived value at or before the slice start (any quality).
     * Call at most once, before or after the pages; skip it when the archive has no earlier value.
     */
    public SliceAccumulator bound(long tMillis, double value, int quality) {
        if (tMillis > start) {
            throw new IllegalArgumentException("bounding value at " + tMillis + " lies after the slice start " + start);
        }
        this.bound = new Sample(tMillis, value, quality);
        return this;
    }

    /** Adds the first {@code n} values of a page (parallel arrays, ascending time). */
    public SliceAccumulator accept(long[] ts, double[] values, int[] qualities, int n) {
        for (int i = 0; i < n; i++) {
            long t = ts[i];
            double v = values[i];
            int q = qualities[i];
            if (t < lastT || t < start || t >= end) {
                throw outOfOrder(t);
            }
            if (count == 0) {
                firstT = t;
                firstV = v;
                firstQ = q;
            } else {
                seg.interior(lastT, lastV, lastQ, t, v, q);
            }
            count++;
            lastT = t;
            lastV = v;
            lastQ = q;
            if ((q & 0xC0) != 0) {
                good(t, v, q);
            }
        }
        return this;
    }

    private void good(long t, double v, int q) {
        if (hasGood) {
            seg.goodInterior(lastGoodT, lastGoodV, t, v);
        } else {
            hasGood = true;
            firstGoodT = t;
            firstGoodV = v;
            firstGoodQ = q;
            shift = v;
        }
        goodCount++;
        if ((q & 0xC0) == 0x40) {
            uncertainCount++;
        }
        double d = v - shift;
        sum += d;
        sumSq += d * d;
        if (v < minV) {
            minV = v;
            minT = t;
            minQ = q;
        }
        if (v > maxV) {
            maxV = v;
            maxT = t;
            maxQ = q;
        }
        lastGoodT = t;
        lastGoodV = v;
        lastGoodQ = q;
    }

    private IllegalArgumentException outOfOrder(long t) {
        String why = t < lastT ? "before the previous value at " + lastT : "outside the slice [" + start + ", " + end + ")";
        return new IllegalArgumentException("value at " + t + " lies " + why);
    }

    /** The partial of everything accepted so far; the accumulator stays usable. */
    public TagPartial partial() {
        boolean any = count > 0;
        double mean = hasGood ? shift + sum / goodCount : 0;
        double m2 = hasGood ? Math.max(0, sumSq - sum * sum / goodCount) : 0;
        return new TagPartial(start, end, bound,
                any ? new Sample(firstT, firstV, firstQ) : null,
                any ? new Sample(lastT, lastV, lastQ) : null,
                hasGood ? new Sample(firstGoodT, firstGoodV, firstGoodQ) : null,
                hasGood ? new Sample(lastGoodT, lastGoodV, lastGoodQ) : null,
                count, goodCount, uncertainCount,
                hasGood ? new Sample(minT, minV, minQ) : null,
                hasGood ? new Sample(maxT, maxV, maxQ) : null,
                mean, m2, seg.sums(), seg.stateTimes(), seg.stretchList());
    }
}
