package com.winccreports.period;

import com.winccreports.shift.calendar.ShiftCalendar;
import com.winccreports.shift.calendar.ShiftInstance;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The calendar periods of a site from its shift calendar: production days (23 or 25 hours across a
 * clock change), ISO weeks and months of production days, and working shifts. Non-working days still
 * have production days; they have no shifts to report on, so {@code after: shift} passes them over.
 */
public final class ShiftCalendarPeriods implements PeriodCalendar {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");
    /** How far to look for the next or previous working shift (covers long holiday breaks). */
    private static final Duration SHIFT_SEARCH = Duration.ofDays(45);
    /** Look close first: almost always the neighbouring shift is within a day. */
    private static final List<Duration> WINDOWS = List.of(Duration.ofDays(1), Duration.ofDays(7), SHIFT_SEARCH);

    private final ShiftCalendar calendar;

    public ShiftCalendarPeriods(ShiftCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public ZoneId zone() {
        return calendar.zone();
    }

    @Override
    public ReportPeriod containing(PeriodKind kind, Instant instant) {
        LocalDate day = calendar.productionDayOf(instant);
        return switch (kind) {
            case PRODUCTION_DAY -> productionDay(day);
            case WEEK -> week(day);
            case MONTH -> month(day);
            case SHIFT -> shiftAtOrAfter(instant);
            case RANGE, BATCH -> throw new IllegalArgumentException(kind + " is not a period of the site's calendar");
        };
    }

    /** The production day {@code day} (23 or 25 hours across a clock change). */
    public ReportPeriod productionDay(LocalDate day) {
        return new ReportPeriod(PeriodKind.PRODUCTION_DAY, day.toString(), start(day), start(day.plusDays(1)));
    }

    @Override
    public ReportPeriod preceding(ReportPeriod period) {
        if (period.kind() != PeriodKind.SHIFT) {
            return containing(period.kind(), period.from().minusNanos(1));
        }
        for (Duration window : WINDOWS) {
            List<ShiftInstance> before = calendar.workingShiftsBetween(period.from().minus(window), period.from())
                    .stream().filter(s -> !s.end().isAfter(period.from())).toList();
            if (!before.isEmpty()) {
                return shift(before.get(before.size() - 1));
            }
        }
        throw new IllegalStateException("no working shift within " + SHIFT_SEARCH + " before " + period);
    }

    private Instant start(LocalDate day) {
        return calendar.productionDayStart(day);
    }

    private ReportPeriod week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String label = String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new ReportPeriod(PeriodKind.WEEK, label, start(monday), start(monday.plusWeeks(1)));
    }

    private ReportPeriod month(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        return new ReportPeriod(PeriodKind.MONTH, MONTH.format(first), start(first), start(first.plusMonths(1)));
    }

    /** The working shift in force at the instant, else the next one to start. */
    private ReportPeriod shiftAtOrAfter(Instant instant) {
        for (Duration window : WINDOWS) {
            List<ShiftInstance> ahead = calendar.workingShiftsBetween(instant, instant.plus(window));
            if (!ahead.isEmpty()) {
                return shift(ahead.get(0));
            }
        }
        throw new IllegalStateException("no working shift within " + SHIFT_SEARCH + " after " + instant);
    }

    private static ReportPeriod shift(ShiftInstance shift) {
        String name = shift.name().replaceAll("[^0-9A-Za-z._+-]", "_");
        return new ReportPeriod(PeriodKind.SHIFT, shift.productionDay() + "-" + name, shift.start(), shift.end());
    }
}
