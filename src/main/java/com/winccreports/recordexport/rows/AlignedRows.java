package com.winccreports.recordexport.rows;

import com.winccreports.recordexport.plan.ExportTag;
import com.winccreports.shift.aggregate.Aggregate;
import com.winccreports.shift.aggregate.Sample;
import com.winccreports.shift.aggregate.SliceAccumulator;
import com.winccreports.shift.aggregate.TagAggregator;
import com.winccreports.shift.aggregate.TagStatistics;
import com.winccreports.wincc.ArchivePage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The aligned form: windows {@code [t, t + interval)} aligned to multiples of the interval (UTC), the first and
 * last clipped to the section. Each cell is the shift engine's aggregate of the window: a {@link SliceAccumulator}
 * with the value in force at the window's start and the window's values, finished by {@link TagAggregator#finish}
 * with the first value after the window — exactly as the shift report computes a shift. Gaps are never filled
 * silently: a window with gap or bad time is flagged, one without a usable value left empty, unless the job asks
 * for interpolation (then a time average is bridged and flagged {@code interpolated}).
 */
public final class AlignedRows {

    /** Receives one row: the window, a cell per (tag, aggregate) in column order, and a flag text per tag. */
    public interface Sink {
        void row(long windowStart, long windowEnd, double[] cells, String[] flags);
    }

    private AlignedRows() {
    }

    /** Streams the rows of {@code [from, to)}; returns the number of rows. */
    public static long stream(long from, long to, Duration interval, List<TagCursor> cursors,
            List<List<Aggregate>> aggregates, Map<Integer, Sample> before, Map<Integer, Sample> after,
            boolean interpolate, Sink sink) {
        long step = interval.toMillis();
        int columns = aggregates.stream().mapToInt(List::size).sum();
        Sample[] last = new Sample[cursors.size()];
        for (int i = 0; i < cursors.size(); i++) {
            last[i] = before.get(cursors.get(i).tag().index());
        }
        long rows = 0;
        for (long start = from; start < to; rows++) {
            long end = Math.min(to, Math.floorDiv(start, step) * step + step);
            double[] cells = new double[columns];
            String[] flags = new String[cursors.size()];
            int column = 0;
            for (int i = 0; i < cursors.size(); i++) {
                TagCursor cursor = cursors.get(i);
                TagStatistics stats = window(cursor, start, end, last, i, after.get(cursor.tag().index()));
                boolean bridged = false;
                for (Aggregate aggregate : aggregates.get(i)) {
                    double value = aggregate.read(stats, List.of());
                    if (interpolate && aggregate == Aggregate.TIME_AVERAGE && stats.coverage() < 1) {
                        value = stats.timeAverageBridging();
                        bridged = !Double.isNaN(value);
                    }
                    cells[column++] = value;
                }
                flags[i] = flags(stats, bridged);
            }
            sink.row(start, end, cells, flags);
            start = end;
        }
        return rows;
    }

    private static TagStatistics window(TagCursor cursor, long start, long end, Sample[] last, int i, Sample afterAll) {
        ExportTag tag = cursor.tag();
        SliceAccumulator accumulator = new SliceAccumulator(start, end, tag.profile());
        if (last[i] != null) {
            accumulator.bound(last[i].t(), last[i].v(), last[i].q());
        }
        while (cursor.hasValue() && cursor.time() < end) {
            ArchivePage page = cursor.page();
            int from = cursor.position();
            int to = from;
            while (to < page.size() && page.timestampsMillis()[to] < end) {
                to++;
            }
            accumulator.accept(Arrays.copyOfRange(page.timestampsMillis(), from, to),
                    Arrays.copyOfRange(page.values(), from, to), Arrays.copyOfRange(page.qualities(), from, to),
                    to - from);
            last[i] = new Sample(page.timestampsMillis()[to - 1], page.values()[to - 1], page.qualities()[to - 1]);
            cursor.skip(to - from);
        }
        Sample next = cursor.hasValue() ? new Sample(cursor.time(), cursor.value(), cursor.quality()) : afterAll;
        return TagAggregator.finish(accumulator.partial(), start, end, tag.profile(), next);
    }

    private static String flags(TagStatistics stats, boolean bridged) {
        String flags = stats.gapMillis() > 0 ? stats.badMillis() > 0 ? "gap+bad" : "gap"
                : stats.badMillis() > 0 ? "bad" : "";
        return bridged ? (flags.isEmpty() ? "interpolated" : flags + "+interpolated") : flags;
    }
}
