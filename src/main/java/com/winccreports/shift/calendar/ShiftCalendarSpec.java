package com.winccreports.shift.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A site's shift calendar in local wall time; the time zone is the site's. Call {@link #validate()} (or build a
 * {@link ShiftCalendar}, which validates) before use: a value can still hold overlapping shifts.
 *
 * @param productionDayStart offset of the production day's start from local midnight of its
 *                           date: {@code PT6H} = production day D runs from D 06:00 to D+1 06:00;
 *                           {@code -PT2H} = from D-1 22:00
 * @param pattern            the shifts of one production day (order free; sorted by start)
 * @param rotation           crews per shift; empty: shifts have no crew
 * @param nonWorkingDays     weekdays (of the production day) without planned shifts, e.g. SUNDAY
 * @param holidays           production days without planned shifts
 */
public record ShiftCalendarSpec(Duration productionDayStart, List<ShiftDefinitionSpec> pattern,
                                Optional<RotationSpec> rotation, List<DayOfWeek> nonWorkingDays,
                                List<HolidaySpec> holidays) {

    public ShiftCalendarSpec {
        Objects.requireNonNull(productionDayStart, "productionDayStart");
        Objects.requireNonNull(rotation, "rotation");
        pattern = List.copyOf(pattern);
        nonWorkingDays = List.copyOf(nonWorkingDays);
        holidays = List.copyOf(holidays);
    }

    /** A calendar of {@code pattern} alone: no rotation, no non-working days, no holidays. */
    public static ShiftCalendarSpec of(Duration productionDayStart, List<ShiftDefinitionSpec> pattern) {
        return new ShiftCalendarSpec(productionDayStart, pattern, Optional.empty(), List.of(), List.of());
    }

    /** Every problem of this calendar with paths under {@code shifts.}; empty when valid. */
    public List<SpecProblem> validate() {
        return ShiftCalendarValidator.validate(this, "shifts");
    }
}
