package com.winccreports.definition;

import com.winccreports.shift.calendar.ShiftCalendarSpec;
import com.winccreports.shift.calendar.SpecProblem;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code shifts:} section of a site file ({@code jobs/sites/<site>.yaml}) as the YAML gives it; the time
 * zone is the site's {@code zone}. The definitions check it ({@link #validate()}) and turn it into the shift
 * calendar's {@link ShiftCalendarSpec} ({@link #toSpec()}).
 *
 * @param productionDayStart offset of the production day's start from local midnight of its date, ISO-8601
 *                           duration ({@code PT6H}, {@code -PT2H}); default {@code PT0S}
 * @param pattern            the shifts of one production day (order free)
 * @param rotation           crews per shift (optional; without it shifts have no crew)
 * @param nonWorkingDays     weekdays (of the production day) without planned shifts, e.g. SUNDAY
 * @param holidays           production days without planned shifts
 */
public record ShiftsRecord(Duration productionDayStart, List<ShiftRecord> pattern, RotationRecord rotation,
        List<DayOfWeek> nonWorkingDays, List<HolidayRecord> holidays) {

    public ShiftsRecord {
        productionDayStart = productionDayStart == null ? Duration.ZERO : productionDayStart;
        pattern = pattern == null ? List.of() : List.copyOf(pattern);
        nonWorkingDays = nonWorkingDays == null ? List.of() : List.copyOf(nonWorkingDays);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }

    /**
     * Every problem of this section with paths under {@code shifts.}; empty when valid. Missing or misspelt
     * fields come first: the calendar's own checks (overlaps, gaps, breaks, crews) run once every field is there.
     */
    public List<SpecProblem> validate() {
        List<SpecProblem> problems = new ArrayList<>();
        for (int i = 0; i < pattern.size(); i++) {
            problems.addAll(pattern.get(i).problems("shifts.pattern[" + i + "]"));
        }
        if (rotation != null) {
            problems.addAll(rotation.problems("shifts.rotation"));
        }
        for (int i = 0; i < holidays.size(); i++) {
            if (holidays.get(i).date() == null) {
                problems.add(SpecProblem.error("shifts.holidays[" + i + "].date", "date is required"));
            }
        }
        return problems.isEmpty() ? toSpec().validate() : problems;
    }

    /** The shift calendar of this section; call on a record {@link #validate()} found no error in. */
    public ShiftCalendarSpec toSpec() {
        return new ShiftCalendarSpec(productionDayStart, pattern.stream().map(ShiftRecord::toSpec).toList(),
                Optional.ofNullable(rotation).map(RotationRecord::toSpec), nonWorkingDays,
                holidays.stream().map(HolidayRecord::toSpec).toList());
    }
}
