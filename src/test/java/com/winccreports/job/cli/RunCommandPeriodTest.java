package com.winccreports.job.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.definition.Definitions;
import com.winccreports.definition.SiteDefinition;
import com.winccreports.job.cli.RunCommand;
import com.winccreports.period.PeriodKind;
import com.winccreports.period.ReportPeriod;
import com.winccreports.period.ShiftCalendarPeriods;
import com.winccreports.shiftreport.ShiftReportRun;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@code run --from --to} names a range as the scheduler does when it is one of the site's periods. */
class RunCommandPeriodTest {

    private final Definitions definitions = Definitions.load(Path.of("jobs"));
    private final SiteDefinition demo = definitions.siteOf(definitions.job("shift-report"));
    private final ShiftCalendarPeriods scheduler = new ShiftCalendarPeriods(demo.calendar());

    @Test
    void aShiftGetsTheSchedulersLabel() {
        Instant inEarly = Instant.parse("2026-11-24T08:00:00Z");
        var shift = scheduler.containing(PeriodKind.SHIFT, inEarly);
        ReportPeriod period = RunCommand.labelled(demo, shift.from(), shift.to());
        assertThat(period.label()).isEqualTo(shift.label().replace(':', '-'));
        assertThat(period.from()).isEqualTo(shift.from());
        assertThat(period.to()).isEqualTo(shift.to());
    }

    @Test
    void aProductionDayGetsTheSameLabelAsDay() {
        ReportPeriod day = ShiftReportRun.productionDay(demo, LocalDate.parse("2026-10-24"));  // 25 h: clock change
        assertThat(RunCommand.labelled(demo, day.from(), day.to())).isEqualTo(day);
    }

    @Test
    void aWeekAndAMonthGetTheirLabels() {
        var week = scheduler.containing(PeriodKind.WEEK, Instant.parse("2026-11-18T12:00:00Z"));
        var month = scheduler.containing(PeriodKind.MONTH, Instant.parse("2026-11-18T12:00:00Z"));
        assertThat(RunCommand.labelled(demo, week.from(), week.to()).label()).isEqualTo(week.label());
        assertThat(RunCommand.labelled(demo, month.from(), month.to()).label()).isEqualTo(month.label());
    }

    @Test
    void anyOtherRangeIsLabelledByItsUtcEnds() {
        Instant from = Instant.parse("2026-11-24T05:00:00Z");
        Instant to = Instant.parse("2026-11-25T07:00:00Z");
        assertThat(RunCommand.labelled(demo, from, to)).isEqualTo(ReportPeriod.between(from, to));
    }
}
