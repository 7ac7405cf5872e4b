package com.winccreports.report.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.winccreports.shift.kpi.KpiResult;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.ShiftResult;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DemoShiftReportsTest {

    private final ShiftReport autumn = DemoShiftReports.create(DemoReportOptions.defaults());

    @Test
    void nightShiftLastsNineHoursOnTheAutumnClockChangeAndSevenInSpring() {
        ShiftReport spring = DemoShiftReports.create(DemoReportOptions.defaults().withDay(LocalDate.of(2026, 3, 28)));

        assertThat(autumn.shifts()).extracting(r -> r.shift().duration())
                .containsExactly(Duration.ofHours(8), Duration.ofHours(8), Duration.ofHours(9));
        assertThat(spring.shifts().get(2).shift().duration()).isEqualTo(Duration.ofHours(7));
        assertThat(autumn.period().duration()).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void oeeIsTheProductOfItsFactorsInEveryShift() {
        for (ShiftResult shift : autumn.shifts()) {
            double a = value(shift, "availability");
            double p = value(shift, "effectiveness");
            double q = value(shift, "qualityRatio");
            assertThat(value(shift, "oee")).isCloseTo(a * p * q, within(1e-9));
            assertThat(a).isBetween(0.70, 1.0);
        }
    }

    @Test
    void germanLabelsCarryUmlauts() {
        ShiftReport german = DemoShiftReports.create(DemoReportOptions.defaults().withLocale(Locale.GERMAN));

        assertThat(german.shifts()).extracting(r -> r.shift().label())
                .containsExactly("Frühschicht", "Spätschicht", "Nachtschicht");
        assertThat(german.downtimePareto()).extracting(r -> r.label()).contains("Maßprüfung");
    }

    @Test
    void sameOptionsGiveTheSameReport() {
        ShiftReport again = DemoShiftReports.create(DemoReportOptions.defaults());

        assertThat(again.shifts()).isEqualTo(autumn.shifts());
        assertThat(again.periodKpis()).isEqualTo(autumn.periodKpis());
        assertThat(again.trends()).isEqualTo(autumn.trends());
    }

    @Test
    void perMinuteTableStreamsOneRowPerMinuteOfThePeriod() throws Exception {
        AtomicLong rows = new AtomicLong();
        autumn.table("per-minute").orElseThrow().rows().forEachRow(cells -> rows.incrementAndGet());

        assertThat(rows.get()).isEqualTo(25 * 60);
    }

    @Test
    void rawTableStreamsTheRequestedRowsOnlyWhenAskedFor() throws Exception {
        ShiftReport withRaw = DemoShiftReports.create(DemoReportOptions.defaults().withRawRows(12_345));
        AtomicLong rows = new AtomicLong();
        withRaw.table("raw").orElseThrow().rows().forEachRow(cells -> rows.incrementAndGet());

        assertThat(rows.get()).isEqualTo(12_345);
        assertThat(autumn.table("raw")).isEmpty();
    }

    @Test
    void batchSharesOfAFinishedBatchInsideThePeriodAddUpToOne() {
        var batch = autumn.batches().get(1);
        double sum = autumn.shifts().stream().flatMap(s -> s.share(batch.batchId()).stream())
                .mapToDouble(s -> s.fraction()).sum();

        assertThat(sum).isCloseTo(1.0, within(1e-9));
    }

    private static double value(ShiftResult shift, String key) {
        return shift.kpi(key).map(KpiResult::value).orElseThrow();
    }
}
