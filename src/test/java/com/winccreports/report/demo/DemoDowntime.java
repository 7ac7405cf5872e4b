package com.winccreports.report.demo;

import com.winccreports.report.DowntimeReason;
import com.winccreports.report.ShiftInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stops of the demo line in one period: a fixed plan per shift, jittered reproducibly by the day. */
final class DemoDowntime {

    /** A stop: {@code [start, end)} with its reason code. */
    record Stop(Instant start, Instant end, int code) {
    }

    /** Minutes after shift start, duration in minutes, reason code — per shift position. */
    private static final int[][][] PLAN = {
        {{100, 25, 2}, {255, 12, 1}, {390, 8, 3}},
        {{65, 40, 4}, {260, 18, 5}, {405, 6, 3}},
        {{90, 15, 1}, {190, 35, 5}, {280, 10, 6}, {410, 9, 3}},
    };

    private final List<Stop> stops = new ArrayList<>();
    private final Messages messages;

    DemoDowntime(List<ShiftInfo> shifts, long daySeed, Messages messages) {
        this.messages = messages;
        for (int s = 0; s < shifts.size(); s++) {
            Instant shiftStart = shifts.get(s).start().toInstant();
            for (int[] planned : PLAN[s % PLAN.length]) {
                long jitter = Math.round(DemoSignals.noise(daySeed + s, planned[0]) * 10);
                long length = Math.max(3, planned[1] + Math.round(DemoSignals.noise(daySeed, planned[1]) * 4));
                Instant start = shiftStart.plus(Duration.ofMinutes(planned[0] + jitter));
                stops.add(new Stop(start, start.plus(Duration.ofMinutes(length)), planned[2]));
            }
        }
    }

    boolean isDown(Instant time) {
        for (Stop stop : stops) {
            if (!time.isBefore(stop.start) && time.isBefore(stop.end)) {
                return true;
            }
        }
        return false;
    }

    List<Stop> stops() {
        return List.copyOf(stops);
    }

    /** Downtime by reason within {@code [from, to)}, in reason-code order. */
    List<DowntimeReason> reasons(Instant from, Instant to) {
        Map<Integer, DowntimeReason> byCode = new LinkedHashMap<>();
        stops.stream().filter(s -> !s.start.isBefore(from) && s.start.isBefore(to))
                .sorted((a, b) -> Integer.compare(a.code, b.code))
                .forEach(s -> byCode.merge(s.code, reason(s), (a, b) -> new DowntimeReason(a.code(), a.label(),
                        a.duration().plus(b.duration()), a.occurrences() + b.occurrences())));
        return List.copyOf(byCode.values());
    }

    /** Stops starting within {@code [from, to)}. */
    int stops(Instant from, Instant to) {
        return (int) stops.stream().filter(s -> !s.start.isBefore(from) && s.start.isBefore(to)).count();
    }

    Duration total(Instant from, Instant to) {
        return reasons(from, to).stream().map(DowntimeReason::duration).reduce(Duration.ZERO, Duration::plus);
    }

    private DowntimeReason reason(Stop stop) {
        return new DowntimeReason(Integer.toString(stop.code), messages.get("reason." + stop.code),
                Duration.between(stop.start, stop.end), 1);
    }
}
