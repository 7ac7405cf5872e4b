package com.winccreports.shift.kpi;

import com.winccreports.shift.aggregate.StateTime;
import com.winccreports.shift.aggregate.TagStatistics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Downtime by reason from a downtime-reason state tag, largest first (a Pareto table). */
public final class DowntimePareto {

    private DowntimePareto() {
    }

    /**
     * @param reasons          statistics of the reason tag over the shift
     * @param noReasonCode     the code meaning "not down" (usually 0), left out
     */
    public static List<DowntimeReasonShare> of(TagStatistics reasons, int noReasonCode) {
        return of(List.of(reasons), noReasonCode);
    }

    /**
     * @param parts        statistics of the reason tag over the parts of a window (e.g. its planned busy time)
     * @param noReasonCode the code meaning "not down" (usually 0), left out
     */
    public static List<DowntimeReasonShare> of(List<TagStatistics> parts, int noReasonCode) {
        Map<Integer, StateTime> byCode = new TreeMap<>();
        for (TagStatistics part : parts) {
            for (StateTime s : part.states()) {
                byCode.merge(s.code(), s, (a, b) -> new StateTime(a.code(), a.label(), a.millis() + b.millis(),
                        a.entries() + b.entries()));
            }
        }
        List<StateTime> lines = byCode.values().stream().filter(s -> s.code() != noReasonCode && s.millis() > 0)
                .sorted(Comparator.comparingLong(StateTime::millis).reversed().thenComparingInt(StateTime::code))
                .toList();
        long total = lines.stream().mapToLong(StateTime::millis).sum();
        List<DowntimeReasonShare> out = new ArrayList<>();
        long running = 0;
        for (StateTime s : lines) {
            running += s.millis();
            out.add(new DowntimeReasonShare(s.code(), s.label(), s.millis(), s.entries(),
                    (double) s.millis() / total, (double) running / total));
        }
        return out;
    }
}
