package com.winccreports.definition;

import com.winccreports.shift.calendar.HolidaySpec;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A production day without shifts in the {@code shifts:} section of a site file, as the YAML gives it:
 * {@code { date: 2026-12-25, label: 1. Weihnachtstag }}; the label is optional.
 */
public record HolidayRecord(LocalDate date, String label) {

    /** The holiday as the shift calendar takes it; call on a record with a date. */
    HolidaySpec toSpec() {
        return new HolidaySpec(date, Optional.ofNullable(label));
    }
}
