package com.winccreports.shiftreport.merge;

import com.winccreports.report.CounterReset;
import com.winccreports.report.CounterStatistics;
import com.winccreports.report.PlannedStopProduction;
import com.winccreports.report.StateStatistics;
import com.winccreports.shift.aggregate.Aggregate;
import com.winccreports.shift.aggregate.CounterEvent;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.shift.aggregate.TagStatistics;
import com.winccreports.shift.kpi.PlannedStopActivity;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The report's statistics of counters and state tags (what they counted, the time in each state — never an
 * average of readings that roll over or of codes), and of a shift's planned stops.
 */
final class KindStatistics {

    private KindStatistics() {
    }

    static CounterStatistics counter(String tag, TagProfile profile, TagStatistics s, ZoneId zone) {
        double hours = s.durationMillis() / 3_600_000.0;
        return new CounterStatistics(tag, profile.description().orElse(null), profile.unit().orElse(null), s.counterTotal(),
                hours == 0 ? Double.NaN : s.counterTotal() / hours, s.rollovers(), s.resets(),
                events(tag, s.counterEvents(), zone), Aggregate.COUNTER_TOTAL.coverage(s) * 100.0);
    }

    static List<CounterReset> events(String tag, List<CounterEvent> events, ZoneId zone) {
        return events.stream().map(e -> new CounterReset(tag, Instant.ofEpochMilli(e.t()).atZone(zone).toOffsetDateTime(),
                e.before(), e.after(), e.kind() == CounterEvent.Kind.ROLLOVER ? CounterReset.Kind.ROLLOVER
                        : CounterReset.Kind.RESET)).toList();
    }

    static StateStatistics states(String tag, TagProfile profile, TagStatistics s) {
        return new StateStatistics(tag, profile.description().orElse(null), s.states().stream()
                .map(state -> new StateStatistics.StateDuration(state.code(), state.label(),
                        Duration.ofMillis(state.millis()), state.entries())).toList(),
                Duration.ofMillis(s.unknownMillis()), s.coverage() * 100.0);
    }

    /** {@code null} for a shift without planned stops. */
    static PlannedStopProduction plannedStops(PlannedStopActivity activity) {
        if (activity == null) {
            return null;
        }
        double running = activity.runningSeconds();
        return new PlannedStopProduction(activity.plannedStopTime(),
                Double.isNaN(running) ? null : Duration.ofMillis(Math.round(running * 1000)),
                activity.producedQuantity(), activity.goodQuantity(), activity.production());
    }
}
