package com.winccreports.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.period.PeriodCalendar;
import com.winccreports.period.PeriodKind;
import com.winccreports.period.ReportPeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Firings of cron and after-period triggers: one per period, for the period that ended last. */
class FiringSequenceTest {

    private static final PeriodCalendar BERLIN = DemoCalendar.threeShifts(ZoneId.of("Europe/Berlin"));

    @Test
    void aFrequentCronFiresOncePerShiftAtItsFirstTimeAfterTheShiftsEnd() {
        FiringSequence sequence = new FiringSequence(new Trigger.Cron("0 10/15 * * * *", PeriodKind.SHIFT), BERLIN);

        List<Firing> firings = sequence.between(Instant.parse("2026-11-24T05:00:00Z"),
                Instant.parse("2026-11-25T05:00:00Z"));

        // the night shift that ended at the window's start fires ten minutes into it
        assertThat(firings).extracting(f -> f.period().label())
                .containsExactly("2026-11-23-Night", "2026-11-24-Early", "2026-11-24-Late");
        assertThat(firings).extracting(Firing::at).containsExactly(Instant.parse("2026-11-24T05:10:00Z"),
                Instant.parse("2026-11-24T13:10:00Z"), Instant.parse("2026-11-24T21:10:00Z"));
    }

    @Test
    void weeksAndMonthsAreLabelledAndStartAtTheProductionDayStart() {
        FiringSequence weeks = new FiringSequence(new Trigger.AfterPeriod(PeriodKind.WEEK, Duration.ofHours(1)), BERLIN);
        FiringSequence months = new FiringSequence(new Trigger.Cron("0 0 8 1 * *", PeriodKind.MONTH), BERLIN);

        Firing week = weeks.nextAfter(Instant.parse("2026-11-25T12:00:00Z")).orElseThrow();
        Firing month = months.nextAfter(Instant.parse("2026-11-25T12:00:00Z")).orElseThrow();

        assertThat(week.period()).isEqualTo(new ReportPeriod(PeriodKind.WEEK, "2026-W48",
                Instant.parse("2026-11-23T05:00:00Z"), Instant.parse("2026-11-30T05:00:00Z")));
        assertThat(week.at()).isEqualTo(Instant.parse("2026-11-30T06:00:00Z"));
        assertThat(month.period()).isEqualTo(new ReportPeriod(PeriodKind.MONTH, "2026-11",
                Instant.parse("2026-11-01T05:00:00Z"), Instant.parse("2026-12-01T05:00:00Z")));
        assertThat(month.at()).isEqualTo(Instant.parse("2026-12-01T07:00:00Z"));
    }

    @Test
    void aDeadlineAsLocalTimeIsTheFirstOneAfterThePeriodAndAsDurationCountsFromItsEnd() {
        ReportPeriod day = BERLIN.containing(PeriodKind.PRODUCTION_DAY, Instant.parse("2026-11-24T12:00:00Z"));

        assertThat(ReadyDeadline.parse("07:30").deadlineFor(day, BERLIN.zone()))
                .isEqualTo(Instant.parse("2026-11-25T06:30:00Z"));
        assertThat(ReadyDeadline.parse("06:00").deadlineFor(day, BERLIN.zone()))
                .isEqualTo(Instant.parse("2026-11-26T05:00:00Z"));
        assertThat(ReadyDeadline.parse("PT2H").deadlineFor(day, BERLIN.zone()))
                .isEqualTo(Instant.parse("2026-11-25T07:00:00Z"));
    }
}
