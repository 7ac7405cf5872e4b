package com.winccreports.shiftreport.merge;

import com.winccreports.report.DowntimeReason;
import com.winccreports.report.KpiInput;
import com.winccreports.report.KpiResult;
import com.winccreports.report.ShiftInfo;
import com.winccreports.report.TagStatistics;
import com.winccreports.report.TrafficLight;
import com.winccreports.shift.aggregate.Aggregate;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.shift.calendar.ShiftInstance;
import com.winccreports.shift.kpi.DowntimeReasonShare;
import com.winccreports.shift.kpi.ElementValue;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the engine's results into the report model's values (percentages as 0–100, instants with offsets). */
final class ReportMapping {

    private ReportMapping() {
    }

    static ShiftInfo shiftInfo(ShiftInstance shift, ZoneId zone, long from, long to) {
        return new ShiftInfo(shift.name(), shift.label(), shift.crew(),
                Instant.ofEpochMilli(from).atZone(zone).toOffsetDateTime(),
                Instant.ofEpochMilli(to).atZone(zone).toOffsetDateTime());
    }

    /** An analog tag or setpoint, with the statistics the job lists for it ({@code aggregates}) read out. */
    static TagStatistics tagStatistics(String tag, TagProfile profile, com.winccreports.shift.aggregate.TagStatistics s,
            List<String> aggregates) {
        Map<String, Double> listed = new LinkedHashMap<>();
        for (String id : aggregates) {
            Aggregate.byId(id).filter(a -> !a.needsStates()).ifPresent(a -> listed.put(a.id(), a.read(s, List.of())));
        }
        return new TagStatistics(tag, profile.description(), profile.unit(), s.timeAverage(),
                s.minimum() == null ? Double.NaN : s.minimum().v(),
                s.minimum() == null ? null : Instant.ofEpochMilli(s.minimum().t()),
                s.maximum() == null ? Double.NaN : s.maximum().v(),
                s.maximum() == null ? null : Instant.ofEpochMilli(s.maximum().t()),
                s.count(), s.coverage() * 100.0, profile.lowerLimit(), profile.upperLimit(),
                Duration.ofMillis(Math.round(s.outsideLimitsMillis())), s.cp(), s.cpk(),
                s.timeAverageRaw(), profile.tagKind().name().toLowerCase(Locale.ROOT), listed);
    }

    static KpiResult kpi(com.winccreports.shift.kpi.KpiResult k) {
        boolean ratio = "ratio".equals(k.unit());
        double scale = ratio ? 100.0 : 1.0;
        double target = k.target() == null ? Double.NaN : k.target() * scale;
        List<KpiInput> inputs = k.inputs().stream().map(ReportMapping::input).toList();
        String formula = k.calculation() == null || k.calculation().isBlank() ? k.formula()
                : k.formula() + " = " + k.calculation();
        return new KpiResult(k.id(), k.kpi().title(), k.value() * scale, ratio ? "%" : k.unit(), target,
                light(k.status()), formula, inputs, k.incomplete(),
                k.status() == com.winccreports.shift.kpi.TrafficLight.DATA_PROBLEM, k.note());
    }

    static DowntimeReason downtime(DowntimeReasonShare share) {
        return new DowntimeReason(Integer.toString(share.code()), share.label(), Duration.ofMillis(share.millis()),
                (int) share.occurrences());
    }

    private static KpiInput input(ElementValue value) {
        return new KpiInput(value.element().id(), value.value(), value.element().unit(), value.source(),
                Double.isNaN(value.coverage()) ? Double.NaN : value.coverage() * 100.0);
    }

    private static TrafficLight light(com.winccreports.shift.kpi.TrafficLight light) {
        if (light == null) {
            return TrafficLight.NONE;
        }
        return switch (light) {
            case GREEN -> TrafficLight.GREEN;
            case YELLOW -> TrafficLight.AMBER;
            case RED -> TrafficLight.RED;
            default -> TrafficLight.NONE;
        };
    }
}
