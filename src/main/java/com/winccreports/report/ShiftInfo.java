package com.winccreports.report;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One shift of the period as the calendar resolved it.
 *
 * @param name  stable shift name from the job definition, e.g. {@code Early}
 * @param label label in the report's language, e.g. {@code Frühschicht}
 * @param crew  crew on duty (empty when the plant does not record crews)
 * @param start local start with its UTC offset
 * @param end   local end (exclusive) with its UTC offset; a night shift across a clock change lasts 7 or 9 h
 */
public record ShiftInfo(String name, String label, String crew, OffsetDateTime start, OffsetDateTime end) {

    public ShiftInfo {
        Objects.requireNonNull(name, "name");
        label = label == null || label.isBlank() ? name : label;
        crew = crew == null ? "" : crew;
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("shift " + name + " starts at " + start + " after its end " + end);
        }
    }

    /** Real elapsed time, so 7 h or 9 h across a clock change. */
    public Duration duration() {
        return Duration.between(start, end);
    }
}
