package com.winccreports.shiftreport.merge;

import com.winccreports.shift.aggregate.Sample;
import com.winccreports.shift.aggregate.TagAggregator;
import com.winccreports.shift.aggregate.TagPartial;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.shift.aggregate.TagStatistics;
import com.winccreports.shift.calendar.ShiftPart;
import com.winccreports.shiftreport.ShiftWindow;
import com.winccreports.shiftreport.staging.PartialRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * One tag over the period: its statistics per shift — over the whole shift and over each of its parts (planned
 * busy time, breaks) — and over the whole period, from its staged partials. The period is walked in time order
 * (shift parts and the time between shifts), each window starting from the value in force at its start: the
 * bounding value read for a shift when there is one, else the previous window's last value. Each window is
 * closed with the first sample at or after its end (OPC UA Part 13's end bound): from the staged partials, or
 * for the period's end the value read after it.
 */
record TagSeries(String tag, List<ShiftStatistics> perShift, TagStatistics period) {

    /** A tag over one shift: whole, and per part in the order of the shift's {@code parts()}. */
    record ShiftStatistics(TagStatistics whole, List<TagStatistics> parts) {
    }

    static TagSeries of(String tag, TagProfile profile, List<ShiftWindow> shifts,
            BiFunction<String, Integer, List<PartialRow>> partials, Map<Integer, Sample> bounds, Sample afterPeriod,
            long from, long to) {
        List<Staged> staged = staged(tag, shifts, partials);
        Sample[] firstFrom = firstSamples(staged, afterPeriod);
        Walk walk = new Walk(profile, staged, firstFrom);
        List<ShiftStatistics> perShift = new ArrayList<>();
        List<TagPartial> tiles = new ArrayList<>();
        long cursor = from;
        for (ShiftWindow shift : shifts) {
            if (shift.from() > cursor) {
                tiles.add(walk.window(cursor, shift.from(), null));
            }
            Sample bound = bounds.get(shift.index());
            List<ShiftPart> plan = shift.shift().parts();
            List<TagPartial> parts = new ArrayList<>();
            List<TagStatistics> partStats = new ArrayList<>();
            for (ShiftPart part : plan) {
                TagPartial p = walk.window(part.startMillis(), part.endMillis(), parts.isEmpty() ? bound : null);
                parts.add(p);
                if (plan.size() > 1) {
                    partStats.add(TagAggregator.finish(p, p.start(), p.end(), profile, walk.after(p.end())));
                }
            }
            TagPartial whole = TagAggregator.mergeAll(parts, profile);
            perShift.add(new ShiftStatistics(TagAggregator.finish(whole, shift.from(), shift.to(), profile,
                    walk.after(shift.to())), partStats));
            tiles.add(whole);
            cursor = shift.to();
        }
        if (cursor < to) {
            tiles.add(walk.window(cursor, to, null));
        }
        TagPartial period = TagAggregator.mergeAll(tiles, profile);
        return new TagSeries(tag, perShift, TagAggregator.finish(period, from, to, profile, afterPeriod));
    }

    /** Statistics of a shift over each part; the whole shift's when it has one part only. */
    List<TagStatistics> partsOf(int shift) {
        ShiftStatistics s = perShift.get(shift);
        return s.parts().isEmpty() ? List.of(s.whole()) : s.parts();
    }

    /** A staged row with its decoded partial. */
    private record Staged(PartialRow row, TagPartial partial) {
    }

    /** Every staged row of the tag (in the shifts and between them), in time order. */
    private static List<Staged> staged(String tag, List<ShiftWindow> shifts,
            BiFunction<String, Integer, List<PartialRow>> partials) {
        List<PartialRow> rows = new ArrayList<>(partials.apply(tag, -1));
        shifts.forEach(shift -> rows.addAll(partials.apply(tag, shift.index())));
        rows.sort(Comparator.comparingLong(PartialRow::windowFrom));
        return rows.stream().map(r -> new Staged(r, TagPartial.decode(r.data()))).toList();
    }

    /** {@code firstFrom[k]}: the first sample in rows k, k + 1, …, or the value after the period. */
    private static Sample[] firstSamples(List<Staged> staged, Sample afterPeriod) {
        Sample[] firstFrom = new Sample[staged.size() + 1];
        firstFrom[staged.size()] = afterPeriod;
        for (int k = staged.size() - 1; k >= 0; k--) {
            Sample first = staged.get(k).partial().first();
            firstFrom[k] = first != null ? first : firstFrom[k + 1];
        }
        return firstFrom;
    }

    /** Walks the period window by window, carrying the value in force from one window into the next. */
    private static final class Walk {
        private final TagProfile profile;
        private final List<Staged> staged;
        private final Sample[] firstFrom;
        private int next;
        private Sample carried;

        Walk(TagProfile profile, List<Staged> staged, Sample[] firstFrom) {
            this.profile = profile;
            this.staged = staged;
            this.firstFrom = firstFrom;
        }

        /** The merged partial of {@code [from, to)}, starting from {@code bound} (else the carried value). */
        TagPartial window(long from, long to, Sample bound) {
            List<TagPartial> parts = new ArrayList<>();
            parts.add(TagPartial.empty(from, from, bound != null ? bound : carried));
            long cursor = from;
            while (next < staged.size() && staged.get(next).row().windowFrom() < to) {
                PartialRow row = staged.get(next).row();
                if (row.windowFrom() < cursor || row.windowTo() > to) {
                    throw new IllegalStateException("staged partial of " + row.tag() + " [" + row.windowFrom() + ", "
                            + row.windowTo() + ") overlaps another or crosses [" + from + ", " + to
                            + "); re-issue the period");
                }
                if (row.windowFrom() > cursor) {
                    parts.add(TagPartial.empty(cursor, row.windowFrom(), null));
                }
                parts.add(staged.get(next++).partial());
                cursor = row.windowTo();
            }
            if (cursor < to) {
                parts.add(TagPartial.empty(cursor, to, null));
            }
            TagPartial merged = TagAggregator.mergeAll(parts, profile);
            carried = WindowMerge.valueAtEnd(merged);
            return merged;
        }

        /** The first staged sample at or after {@code t} (rows start at window boundaries), or the value after the period. */
        Sample after(long t) {
            int k = 0;
            while (k < staged.size() && staged.get(k).row().windowFrom() < t) {
                k++;
            }
            return firstFrom[k];
        }
    }
}
