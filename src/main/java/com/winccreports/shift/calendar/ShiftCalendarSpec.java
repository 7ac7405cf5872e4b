package com.winccreports.shift.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;

/**
 * The {@code shifts:} section of a site file ({@code jobs/sites/<site>.yaml}); the time zone is
 * the site's {@code zone}. Bound by Jackson from YAML; call {@link #validate()} (or build a
 * {@link ShiftCalendar}, which validates) before use.
 *
 * @param productionDayStart offset of the production day's start from local midnight of its
 *                           date, ISO-8601 duration: {@code PT6H} = production day D runs from
 *                           D 06:00 to D+1 06:00; {@code -PT2H} = from D-1 22:00
 * @param pattern            the shifts of one production day (order free; sorted by start)
 * @param rotation           crews per shift (optional; without it shifts have no crew)
 * @param nonWorkingDays     weekdays (of the production day) without planned shifts, e.g. SUNDAY
 * @param holidays           production days without planned shifts
 */
public record ShiftCalendarSpec(Duration productionDayStart, List<ShiftDefinitionSpec> pattern,
                                RotationSpec rotation, List<DayOfWeek> nonWorkingDays,
                                List<HolidaySpec> holidays) {

    public ShiftCalendarSpec {
        productionDayStart = productionDayStart == null ? Duration.ZERO : productionDayStart;
        pattern = pattern == null ? List.of() : List.copyOf(pattern);
        nonWorkingDays = nonWorkingDays == null ? List.of() : List.copyOf(nonWorkingDays);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }

    /** Every problem of this spec with paths under {@code shifts.}; empty when valid. */
    public List<SpecProblem> validate() {
        return ShiftCalendarValidator.validate(this, "shifts");
    }
}
