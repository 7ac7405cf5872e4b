package com.winccreports.shiftreport.merge;

import com.winccreports.shift.aggregate.Sample;
import com.winccreports.shift.aggregate.TagAggregator;
import com.winccreports.shift.aggregate.TagPartial;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.shift.aggregate.TagStatistics;
import com.winccreports.shiftreport.staging.PartialRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges one tag's staged partials over a window {@code [from, to)}: holes between partials (time no
 * partition wrote, e.g. a window with no values that was never emitted) become empty partials, the value
 * in force at {@code from} is put in front, and the engine finishes the window into statistics.
 */
public final class WindowMerge {

    private WindowMerge() {
    }

    /** The merged partial of {@code rows} (time order, inside {@code [from, to)}), starting with {@code bound}. */
    public static TagPartial merge(List<PartialRow> rows, long from, long to, Sample bound, TagProfile profile) {
        List<TagPartial> partials = new ArrayList<>();
        partials.add(TagPartial.empty(from, from, bound));
        long cursor = from;
        for (PartialRow row : rows) {
            if (row.windowFrom() < cursor || row.windowTo() > to) {
                throw new IllegalStateException("staged partial of " + row.tag() + " [" + row.windowFrom() + ", "
                        + row.windowTo() + ") overlaps another or leaves [" + from + ", " + to + ")");
            }
            if (row.windowFrom() > cursor) {
                partials.add(TagPartial.empty(cursor, row.windowFrom(), null));
            }
            partials.add(TagPartial.decode(row.data()));
            cursor = row.windowTo();
        }
        if (cursor < to) {
            partials.add(TagPartial.empty(cursor, to, null));
        }
        return TagAggregator.mergeAll(partials, profile);
    }

    /** Statistics of the window. */
    public static TagStatistics statistics(TagPartial merged, TagProfile profile) {
        return TagAggregator.finish(merged, merged.start(), merged.end(), profile);
    }

    /** The value in force at the end of {@code merged}: its last sample, else the bound it started with. */
    public static Sample valueAtEnd(TagPartial merged) {
        return merged.last() != null ? merged.last() : merged.bound();
    }
}
