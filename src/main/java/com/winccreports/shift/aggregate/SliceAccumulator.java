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
            if (Quality.isUsable(q)) {
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
        if (Quality.isUncertain(q)) {
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
                mean, m2, seg.sums(), seg.stateTimes(), seg.stretchList(), seg.counterEventList());
    }

    /**
     * Everything accumulated so far, as bytes: {@link #resume} continues from them exactly as this accumulator
     * would (the same sums in the same order), so a slice read over several commits — or across a restart —
     * gives the partial one uninterrupted pass gives, bit for bit.
     */
    public byte[] snapshot() {
        return PartialCodec.encodeSnapshot(partial(), shift, sum, sumSq);
    }

    /** An accumulator continuing from a {@link #snapshot()} taken with the same profile. */
    public static SliceAccumulator resume(byte[] snapshot, TagProfile profile) {
        PartialCodec.Snapshot state = PartialCodec.decodeSnapshot(snapshot);
        TagPartial p = state.partial();
        SliceAccumulator acc = new SliceAccumulator(p.start(), p.end(), profile);
        acc.bound = p.bound();
        acc.count = p.count();
        acc.goodCount = p.goodCount();
        acc.uncertainCount = p.uncertainCount();
        if (p.last() != null) {
            acc.firstT = p.first().t();
            acc.firstV = p.first().v();
            acc.firstQ = p.first().q();
            acc.lastT = p.last().t();
            acc.lastV = p.last().v();
            acc.lastQ = p.last().q();
        }
        if (p.lastGood() != null) {
            acc.restoreGood(p, state);
        }
        acc.seg.add(p.sums());
        if (acc.seg.states != null) {
            acc.seg.states.add(p.states());
        }
        acc.seg.stretches.addAll(p.stretches());
        acc.seg.counterEvents.addAll(p.counterEvents());
        return acc;
    }

    private void restoreGood(TagPartial p, PartialCodec.Snapshot state) {
        hasGood = true;
        firstGoodT = p.firstGood().t();
        firstGoodV = p.firstGood().v();
        firstGoodQ = p.firstGood().q();
        lastGoodT = p.lastGood().t();
        lastGoodV = p.lastGood().v();
        lastGoodQ = p.lastGood().q();
        minT = p.min().t();
        minV = p.min().v();
        minQ = p.min().q();
        maxT = p.max().t();
        maxV = p.max().v();
        maxQ = p.max().q();
        shift = state.shift();
        sum = state.sum();
        sumSq = state.sumSq();
    }
}
