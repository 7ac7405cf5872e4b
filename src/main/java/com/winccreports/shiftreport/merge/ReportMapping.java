package com.winccreports.shiftreport.merge;

import com.winccreports.report.DowntimeReason;
import com.winccreports.report.ShiftInfo;
import com.winccreports.report.TagStatistics;
import com.winccreports.shift.aggregate.Aggregate;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.shift.calendar.ShiftInstance;
import com.winccreports.shift.kpi.DowntimeReasonShare;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the engine's shift and tag results into the report model's values (percentages as 0–100, instants with offsets). */
final class ReportMapping {

    private ReportMapping() {
    }

    static ShiftInfo shiftInfo(ShiftInstance shift, ZoneId zone, long from, long to) {
        return new ShiftInfo(shift.name(), shift.label(), shift.crew(),
                Instant.ofEpochMilli(from).atZone(zone).toOffsetDateTime(),
                Instant.ofEpochMilli(to).atZone(zone).toOffsetDateTime(), shift.productionDay());
    }

    /** An analog tag or setpoint, with the statistics the job lists for it ({@code aggregates}) read out. */
    static TagStatistics tagStatistics(String tag, TagProfile profile, com.winccreports.shift.aggregate.TagStatistics s,
            List<String> aggregates) {
        Map<String, Double> listed = new LinkedHashMap<>();
        for (String id : aggregates) {
            Aggregate.byId(id).filter(a -> !a.needsStates()).ifPresent(a -> listed.put(a.id(), a.read(s, List.of())));
        }
        return new TagStatistics(tag, profile.description().orElse(null), profile.unit().orElse(null), s.timeAverage(),
                s.minimum() == null ? Double.NaN : s.minimum().v(),
                s.minimum() == null ? null : Instant.ofEpochMilli(s.minimum().t()),
                s.maximum() == null ? Double.NaN : s.maximum().v(),
                s.maximum() == null ? null : Instant.ofEpochMilli(s.maximum().t()),
                s.count(), s.coverage() * 100.0, profile.lowerLimit(), profile.upperLimit(),
                Duration.ofMillis(Math.round(s.outsideLimitsMillis())), s.cp(), s.cpk(),
                s.timeAverageRaw(), profile.tagKind().name().toLowerCase(Locale.ROOT), listed);
    }

    static DowntimeReason downtime(DowntimeReasonShare share) {
        return new DowntimeReason(Integer.toString(share.code()), share.label(), Duration.ofMillis(share.millis()),
                (int) share.occurrences());
    }
}
