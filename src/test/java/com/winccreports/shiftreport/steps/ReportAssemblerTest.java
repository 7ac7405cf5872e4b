package com.winccreports.shiftreport.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.report.DataQuality;
import com.winccreports.shift.kpi.Kpi;
import com.winccreports.shift.kpi.KpiResult;
import com.winccreports.report.KpiTrendPoint;
import com.winccreports.report.ShiftInfo;
import com.winccreports.report.ShiftResult;
import com.winccreports.shift.kpi.TrafficLight;
import com.winccreports.shiftreport.merge.LineResult;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportAssemblerTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void shiftTrendHasTheOeeOfEveryShiftInTimeOrderWithItsProductionDay() {
        LineResult line = new LineResult("L1", List.of(shift("Night", "2026-11-23T22:00", 0.62, true),
                shift("Early", "2026-11-24T06:00", 0.81, false), shift("Late", "2026-11-24T14:00", Double.NaN, false)),
                List.of(), List.of(), DataQuality.complete(), List.of());
        List<KpiTrendPoint> trend = ReportAssembler.shiftTrend(line,
                at -> at.atZone(BERLIN).minusHours(6).toLocalDate());
        assertThat(trend).extracting(KpiTrendPoint::shiftName).containsExactly("Night", "Early", "Late");
        assertThat(trend).extracting(KpiTrendPoint::kpiKey).containsOnly("oee");
        assertThat(trend).extracting(KpiTrendPoint::productionDay).containsExactly(LocalDate.parse("2026-11-23"),
                LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-24"));
        assertThat(trend.get(0).value()).isEqualTo(0.62);
        assertThat(trend.get(1).shiftLabel()).isEqualTo("Early 24.11.");
        assertThat(trend.get(2).value()).as("a KPI that could not be computed stays NaN").isNaN();
    }

    @Test
    void shiftsWithoutOeeGiveNoPoint() {
        ShiftResult withoutKpis = new ShiftResult(info("Early", "2026-11-24T06:00"), List.of(), List.of(), List.of(),
                false);
        assertThat(ReportAssembler.shiftTrend(new LineResult("L1", List.of(withoutKpis), List.of(), List.of(),
                DataQuality.complete(), List.of()), at -> LocalDate.EPOCH)).isEmpty();
    }

    private static ShiftResult shift(String name, String start, double oee, boolean incomplete) {
        KpiResult kpi = new KpiResult(Kpi.OEE, oee, Kpi.OEE.formula(), "", List.of(), incomplete ? 0.5 : 1.0,
                incomplete, null, incomplete ? TrafficLight.INCOMPLETE : TrafficLight.NONE, 0.7);
        return new ShiftResult(info(name, start), List.of(kpi), List.of(), List.of(), incomplete);
    }

    private static ShiftInfo info(String name, String start) {
        OffsetDateTime from = java.time.LocalDateTime.parse(start).atZone(BERLIN).toOffsetDateTime();
        return new ShiftInfo(name, name + " " + from.getDayOfMonth() + "." + from.getMonthValue() + ".", "", from,
                from.plusHours(8), from.toLocalDate());
    }
}
