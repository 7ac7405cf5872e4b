package com.winccreports.shift.kpi;

import com.winccreports.shift.aggregate.TagStatistics;
import com.winccreports.shift.calendar.ShiftInstance;
import com.winccreports.shift.calendar.ShiftPart;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the KPIs of one window — a shift, or a whole report period — are computed from: the window, its plan
 * (planned busy time and planned stops, {@link ShiftPart}s in time order; a period has those of its shifts)
 * and its tags' statistics, over the whole window and over each part.
 *
 * <p>Additive tag aggregates (times in state, entries, counter increases, integrals) are read over the parts
 * that are planned busy time only, so the ISO 22400-2 time elements partition planned busy time and
 * availability cannot exceed 100 %; what happened in planned stops is reported on its own
 * ({@link PlannedStopActivity}). Other aggregates (an average, a minimum) are read over the whole window.
 *
 * @param start  window start (batches are allocated over {@code [start, end)})
 * @param end    window end
 * @param parts  the plan of the window's shifts, in time order
 * @param whole  tag name → statistics over the whole window (in the order given)
 * @param byPart tag name → statistics over each part, in the order of {@code parts}; {@code null} when only
 *               whole-window statistics exist (they then stand for the busy time: right for a shift without
 *               planned stops, or a machine that is idle in them)
 */
public record KpiWindow(Instant start, Instant end, List<ShiftPart> parts, Map<String, TagStatistics> whole,
        Map<String, List<TagStatistics>> byPart) {

    public KpiWindow {
        parts = List.copyOf(parts);
        whole = Collections.unmodifiableMap(new LinkedHashMap<>(whole));
        byPart = byPart == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(byPart));
    }

    /** A shift with whole-shift statistics only. */
    public static KpiWindow of(ShiftInstance shift, Map<String, TagStatistics> whole) {
        return new KpiWindow(shift.start(), shift.end(), shift.parts(), whole, null);
    }

    /** Time of the parts that are planned busy time ({@code breaksAreBusy}: breaks included). */
    public Duration busyTime(boolean breaksAreBusy) {
        return parts.stream().filter(p -> p.busy(breaksAreBusy)).map(ShiftPart::duration)
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** Time of the parts of one kind. */
    public Duration time(ShiftPart.Kind kind) {
        return parts.stream().filter(p -> p.kind() == kind).map(ShiftPart::duration)
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** A tag's statistics over the parts that are (or, with {@code busy} false, are not) planned busy time. */
    List<TagStatistics> over(String tag, boolean busy, boolean breaksAreBusy) {
        List<TagStatistics> perPart = byPart == null ? null : byPart.get(tag);
        if (perPart == null) {
            TagStatistics all = whole.get(tag);
            return all == null || !busy ? List.of() : List.of(all);
        }
        List<TagStatistics> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).busy(breaksAreBusy) == busy) {
                out.add(perPart.get(i));
            }
        }
        return out;
    }

    /** Whether statistics of the tag exist at all. */
    boolean has(String tag) {
        return whole.containsKey(tag);
    }
}
