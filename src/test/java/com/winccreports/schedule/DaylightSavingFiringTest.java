package com.winccreports.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.period.PeriodCalendar;
import com.winccreports.period.PeriodKind;
import com.winccreports.period.ReportPeriod;
import com.winccreports.period.ShiftCalendarPeriods;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A schedule in local time fires exactly once per period across the spring-forward and fall-back
 * nights, for the period that has just ended, and that period is 23 or 25 hours long.
 */
class DaylightSavingFiringTest {

    /** Each row: zone, date of the clock change, hours of the production day that contains the change. */
    @ParameterizedTest(name = "{0} {1}: after each production day")
    @CsvSource({
            "Europe/Berlin, 2026-03-29, 23",
            "Europe/Berlin, 2026-10-25, 25",
            "America/New_York, 2026-03-08, 23",
            "America/New_York, 2026-11-01, 25"})
    void afterEachProductionDayFiresOncePerDay(String zone, LocalDate change, int hoursOfChangeDay) {
        ShiftCalendarPeriods calendar = DemoCalendar.threeShifts(ZoneId.of(zone));
        List<Firing> firings = firingsAround(new Trigger.AfterPeriod(PeriodKind.PRODUCTION_DAY, Duration.ofMinutes(30)),
                calendar, change);

        assertConsecutiveOncePerLocalDay(firings, calendar.zone());
        ReportPeriod changeDay = periodLabelled(firings, change.minusDays(1).toString());
        assertThat(Duration.between(changeDay.from(), changeDay.to())).isEqualTo(Duration.ofHours(hoursOfChangeDay));
        assertThat(firingFor(firings, changeDay).atZone(calendar.zone()).toLocalTime()).isEqualTo(LocalTime.of(6, 30));
    }

    /** Each row: zone, change date, a cron time that is skipped (spring) or occurs twice (autumn) that night. */
    @ParameterizedTest(name = "{0} {1}: cron at {2}")
    @CsvSource({
            "Europe/Berlin, 2026-03-29, 02:30",
            "Europe/Berlin, 2026-10-25, 02:30",
            "America/New_York, 2026-03-08, 02:30",
            "America/New_York, 2026-11-01, 01:30"})
    void cronInTheAmbiguousHourFiresOncePerDay(String zone, LocalDate change, LocalTime time) {
        ShiftCalendarPeriods calendar = DemoCalendar.threeShifts(ZoneId.of(zone));
        String cron = "0 " + time.getMinute() + " " + time.getHour() + " * * *";
        List<Firing> firings = firingsAround(new Trigger.Cron(cron, PeriodKind.PRODUCTION_DAY), calendar, change);

        assertConsecutiveOncePerLocalDay(firings, calendar.zone());
        List<Firing> thatNight = firings.stream()
                .filter(f -> f.at().atZone(calendar.zone()).toLocalDate().equals(change)).toList();
        assertThat(thatNight).hasSize(1);
        // at that moment the newest finished production day is the one that ended the morning before
        assertThat(thatNight.get(0).period().label()).isEqualTo(change.minusDays(2).toString());
        LocalDateTime local = thatNight.get(0).at().atZone(calendar.zone()).toLocalDateTime();
        assertThat(Duration.between(LocalDateTime.of(change, time), local)).isBetween(Duration.ZERO, Duration.ofHours(1));
    }

    /** Each row: zone, change date, hours of the night shift that spans the change. */
    @ParameterizedTest(name = "{0} {1}: after each shift")
    @CsvSource({
            "Europe/Berlin, 2026-03-29, 7",
            "Europe/Berlin, 2026-10-25, 9",
            "America/New_York, 2026-03-08, 7",
            "America/New_York, 2026-11-01, 9"})
    void afterEachShiftFiresOncePerShift(String zone, LocalDate change, int nightHours) {
        ShiftCalendarPeriods calendar = DemoCalendar.threeShifts(ZoneId.of(zone));
        List<Firing> firings = firingsAround(new Trigger.AfterPeriod(PeriodKind.SHIFT, Duration.ZERO), calendar, change);

        assertThat(firings).hasSize(12);
        for (int i = 1; i < firings.size(); i++) {
            assertThat(firings.get(i).period().from()).isEqualTo(firings.get(i - 1).period().to());
        }
        ReportPeriod night = periodLabelled(firings, change.minusDays(1) + "-Night");
        assertThat(Duration.between(night.from(), night.to())).isEqualTo(Duration.ofHours(nightHours));
        assertThat(firingFor(firings, night)).isEqualTo(night.to());
    }

    private static List<Firing> firingsAround(Trigger trigger, PeriodCalendar calendar, LocalDate change) {
        Instant from = ZonedDateTime.of(change.minusDays(2), LocalTime.of(12, 0), calendar.zone()).toInstant();
        Instant to = ZonedDateTime.of(change.plusDays(2), LocalTime.of(12, 0), calendar.zone()).toInstant();
        return new FiringSequence(trigger, calendar).between(from, to);
    }

    private static void assertConsecutiveOncePerLocalDay(List<Firing> firings, ZoneId zone) {
        assertThat(firings).hasSize(4);
        assertThat(firings.stream().map(f -> f.at().atZone(zone).toLocalDate()).distinct()).hasSize(4);
        for (int i = 1; i < firings.size(); i++) {
            assertThat(firings.get(i).period().from()).isEqualTo(firings.get(i - 1).period().to());
            assertThat(firings.get(i).at()).isAfter(firings.get(i - 1).at());
        }
    }

    private static ReportPeriod periodLabelled(List<Firing> firings, String label) {
        return firings.stream().map(Firing::period).filter(p -> p.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no firing for " + label + " in " + firings));
    }

    private static Instant firingFor(List<Firing> firings, ReportPeriod period) {
        return firings.stream().filter(f -> f.period().equals(period)).map(Firing::at).findFirst().orElseThrow();
    }
}
