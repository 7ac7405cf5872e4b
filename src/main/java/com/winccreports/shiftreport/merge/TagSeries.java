package com.winccreports.shiftreport.merge;

import com.winccreports.shift.aggregate.Sample;
import com.winccreports.shift.aggregate.TagAggregator;
import com.winccreports.shift.aggregate.TagPartial;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.shift.aggregate.TagStatistics;
import com.winccreports.shiftreport.ShiftWindow;
import com.winccreports.shiftreport.staging.PartialRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * One tag over the period: its statistics per shift and over the whole period, from its staged partials.
 * The value in force at a shift's start is the one read for it (bounding value), else the previous
 * shift's last value — so a value is never borrowed across time the job did not read.
 */
record TagSeries(String tag, List<TagStatistics> perShift, TagStatistics period) {

    static TagSeries of(String tag, TagProfile profile, List<ShiftWindow> shifts,
            BiFunction<String, Integer, List<PartialRow>> partials, Map<Integer, Sample> bounds, long from, long to) {
        List<TagStatistics> perShift = new ArrayList<>();
        List<TagPartial> merged = new ArrayList<>();
        Sample carried = null;
        for (ShiftWindow shift : shifts) {
            Sample bound = bounds.containsKey(shift.index()) ? bounds.get(shift.index()) : carried;
            TagPartial partial = WindowMerge.merge(partials.apply(tag, shift.index()), shift.from(), shift.to(),
                    bound, profile);
            perShift.add(WindowMerge.statistics(partial, profile));
            merged.add(partial);
            carried = WindowMerge.valueAtEnd(partial);
        }
        return new TagSeries(tag, perShift, periodStatistics(merged, from, to, bounds.get(0), profile));
    }

    private static TagStatistics periodStatistics(List<TagPartial> shifts, long from, long to, Sample bound,
            TagProfile profile) {
        List<TagPartial> tiles = new ArrayList<>();
        long cursor = from;
        tiles.add(TagPartial.empty(from, from, shifts.isEmpty() ? bound : shifts.get(0).bound()));
        for (TagPartial shift : shifts) {
            if (shift.start() > cursor) {
                tiles.add(TagPartial.empty(cursor, shift.start(), null));
            }
            tiles.add(shift);
            cursor = shift.end();
        }
        if (cursor < to) {
            tiles.add(TagPartial.empty(cursor, to, null));
        }
        TagPartial whole = TagAggregator.mergeAll(tiles, profile);
        return TagAggregator.finish(whole, from, to, profile);
    }
}
