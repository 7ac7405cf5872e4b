package com.winccreports.shift.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A production day on which no shift is planned.
 *
 * @param date  the production day
 * @param label the day's note in reports, e.g. {@code 1. Weihnachtstag}; empty: the note is {@code holiday}
 */
public record HolidaySpec(LocalDate date, Optional<String> label) {

    public HolidaySpec {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
    }
}
