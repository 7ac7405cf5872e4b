package com.winccreports.report;

import java.time.Duration;
import java.time.LocalDate;
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
 * @param productionDay the production day the shift belongs to, as the site's calendar says (a night shift
 *                      22–06 belongs to the day it starts on where days start at 06:00); null (staging written
 *                      by a version without it) takes the start's date
 */
public record ShiftInfo(String name, String label, String crew, OffsetDateTime start, OffsetDateTime end,
        LocalDate productionDay) {

    public ShiftInfo {
        Objects.requireNonNull(name, "name");
        label = label == null || label.isBlank() ? name : label;
        crew = crew == null ? "" : crew;
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        // staging from before the field: the start's date (wrong only where a day opens the evening before)
        productionDay = productionDay == null ? start.toLocalDate() : productionDay;
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("shift " + name + " starts at " + start + " after its end " + end);
        }
    }

    /** Real elapsed time, so 7 h or 9 h across a clock change. */
    public Duration duration() {
        return Duration.between(start, end);
    }
}
