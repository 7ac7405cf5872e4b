package com.winccreports.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A site's periods in local time: production days from {@code productionDayStart}, ISO weeks and
 * months of production days, and a daily shift plan. Local times that fall into a daylight-saving
 * gap move forward; in an overlap the earlier offset counts, so a period is 23 or 25 hours long on
 * those days and never missing or doubled.
 */
public record SiteCalendar(ZoneId zone, LocalTime productionDayStart, List<ShiftStart> shifts)
        implements PeriodCalendar {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

    public SiteCalendar {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(productionDayStart, "productionDayStart");
        shifts = inProductionDayOrder(List.copyOf(shifts), productionDayStart);
        if (!shifts.isEmpty() && !shifts.get(0).start().equals(productionDayStart)) {
            throw new IllegalArgumentException("the first shift must start at the production-day start "
                    + productionDayStart + ", not " + shifts.get(0).start());
        }
    }

    /** The demo plant's calendar: Early 06–14, Late 14–22, Night 22–06, production day from 06:00. */
    public static SiteCalendar threeShifts(ZoneId zone) {
        return new SiteCalendar(zone, LocalTime.of(6, 0), List.of(
                new ShiftStart("Early", LocalTime.of(6, 0)),
                new ShiftStart("Late", LocalTime.of(14, 0)),
                new ShiftStart("Night", LocalTime.of(22, 0))));
    }

    @Override
    public ReportPeriod containing(PeriodKind kind, Instant instant) {
        LocalDate day = productionDate(instant);
        return switch (kind) {
            case PRODUCTION_DAY -> new ReportPeriod(kind, day.toString(), dayStart(day), dayStart(day.plusDays(1)));
            case WEEK -> week(day);
            case MONTH -> month(day);
            case SHIFT -> shift(day, instant);
        };
    }

    /** The production day an instant belongs to (a night shift after midnight belongs to the day before). */
    public LocalDate productionDate(Instant instant) {
        LocalDate date = instant.atZone(zone).toLocalDate();
        return instant.isBefore(dayStart(date)) ? date.minusDays(1) : date;
    }

    private Instant dayStart(LocalDate date) {
        return ZonedDateTime.of(date, productionDayStart, zone).toInstant();
    }

    private ReportPeriod week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String label = String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new ReportPeriod(PeriodKind.WEEK, label, dayStart(monday), dayStart(monday.plusWeeks(1)));
    }

    private ReportPeriod month(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        return new ReportPeriod(PeriodKind.MONTH, MONTH.format(first), dayStart(first), dayStart(first.plusMonths(1)));
    }

    private ReportPeriod shift(LocalDate day, Instant instant) {
        if (shifts.isEmpty()) {
            throw new IllegalStateException("the site has no shift plan, so SHIFT periods are undefined");
        }
        for (int i = shifts.size() - 1; i >= 0; i--) {
            Instant start = shiftStart(day, i);
            if (!instant.isBefore(start)) {
                Instant end = i + 1 < shifts.size() ? shiftStart(day, i + 1) : dayStart(day.plusDays(1));
                return new ReportPeriod(PeriodKind.SHIFT, day + "-" + shifts.get(i).name(), start, end);
            }
        }
        throw new IllegalStateException("no shift of " + day + " contains " + instant);
    }

    private Instant shiftStart(LocalDate productionDay, int index) {
        LocalTime start = shifts.get(index).start();
        LocalDate date = start.isBefore(productionDayStart) ? productionDay.plusDays(1) : productionDay;
        return ZonedDateTime.of(date, start, zone).toInstant();
    }

    private static List<ShiftStart> inProductionDayOrder(List<ShiftStart> shifts, LocalTime dayStart) {
        Comparator<ShiftStart> sinceDayStart = Comparator.comparingLong(
                s -> Math.floorMod(s.start().toSecondOfDay() - dayStart.toSecondOfDay(), 86_400));
        return shifts.stream().sorted(sinceDayStart).toList();
    }
}
