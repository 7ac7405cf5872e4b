package com.winccreports.shift.kpi;

import com.winccreports.shift.aggregate.StateTime;
import com.winccreports.shift.aggregate.TagStatistics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Downtime by reason from a downtime-reason state tag, largest first (a Pareto table). */
public final class DowntimePareto {

    private DowntimePareto() {
    }

    /**
     * @param reasons          statistics of the reason tag over the shift
     * @param noReasonCode     the code meaning "not down" (usually 0), left out
     */
    public static List<DowntimeReasonShare> of(TagStatistics reasons, int noReasonCode) {
        List<StateTime> lines = reasons.states().stream().filter(s -> s.code() != noReasonCode && s.millis() > 0)
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
