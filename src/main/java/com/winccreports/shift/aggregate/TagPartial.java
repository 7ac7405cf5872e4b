package com.winccreports.shift.aggregate;

import java.util.List;

/**
 * The mergeable aggregate of one tag over one time slice {@code [start, end)} (epoch ms, UTC).
 * Immutable; a plain record of primitives, arrays and small records, so it serialises as JSON
 * as-is, or compactly with {@link #encode()} / {@link #decode(byte[])}.
 *
 * <p>The stretch before the first sample and after the last one are not in the sums: they depend
 * on the neighbouring slices and are settled by {@link TagAggregator#merge} (the segment between
 * one slice's last sample and the next slice's first) and {@link TagAggregator#finish} (the
 * window's head, read from the bounding value, and its tail).
 *
 * @param start      slice start (inclusive)
 * @param end        slice end (exclusive)
 * @param bound      the value in force at {@code start} (last sample before it), or {@code null}
 * @param first      first sample in the slice, any quality ({@code null} when empty)
 * @param last       last sample in the slice, any quality
 * @param firstGood  first usable sample
 * @param lastGood   last usable sample
 * @param count      samples in the slice
 * @param goodCount  usable samples (good or uncertain)
 * @param uncertainCount samples with uncertain quality
 * @param min        smallest usable sample (earliest on ties)
 * @param max        largest usable sample (earliest on ties)
 * @param mean       mean of usable sample values
 * @param m2         sum of squared deviations from {@code mean} (for standard deviation, Cp, Cpk)
 * @param sums       additive sums over interior segments
 * @param states     time in and entries into each state (state tags only)
 * @param stretches  gaps and bad stretches inside the interior, in time order
 * @param counterEvents counter rollovers and resets inside the interior, in time order (counters only)
 */
public record TagPartial(long start, long end, Sample bound, Sample first, Sample last,
                         Sample firstGood, Sample lastGood, long count, long goodCount, long uncertainCount,
                         Sample min, Sample max, double mean, double m2, PartialSums sums,
                         StateTimes states, List<Stretch> stretches, List<CounterEvent> counterEvents) {

    public TagPartial {
        if (end < start) {
            throw new IllegalArgumentException("slice end " + end + " before start " + start);
        }
        sums = sums == null ? PartialSums.ZERO : sums;
        states = states == null ? StateTimes.EMPTY : states;
        stretches = stretches == null ? List.of() : List.copyOf(stretches);
        counterEvents = counterEvents == null ? List.of() : List.copyOf(counterEvents);
    }

    /** A slice without samples (its bound still counts when it is the first slice of a window). */
    public static TagPartial empty(long start, long end, Sample bound) {
        return new TagPartial(start, end, bound, null, null, null, null, 0, 0, 0, null, null, 0, 0,
                PartialSums.ZERO, StateTimes.EMPTY, List.of(), List.of());
    }

    /** Compact binary form (a few hundred bytes), for a staging table's BLOB column. */
    public byte[] encode() {
        return PartialCodec.encode(this);
    }

    /** Reads what {@link #encode()} wrote. */
    public static TagPartial decode(byte[] bytes) {
        return PartialCodec.decode(bytes);
    }
}
