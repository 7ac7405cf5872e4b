package com.winccreports.shift.calendar;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * One shift of a production day in local wall time. {@code end} before or equal to {@code start}
 * means the shift ends on the next calendar day (22:00–06:00); equal means 24 hours.
 *
 * @param name   stable identifier used in job files and reports, e.g. {@code Early}
 * @param label  display name, e.g. {@code Frühschicht} (the site file's label, else the name)
 * @param start  local start time
 * @param end    local end time
 * @param breaks planned breaks inside the shift, in local wall time
 */
public record ShiftDefinitionSpec(String name, String label, LocalTime start, LocalTime end,
                                  List<BreakSpec> breaks) {

    public ShiftDefinitionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        breaks = List.copyOf(breaks);
    }

    /** A shift without breaks, labelled with its name. */
    public static ShiftDefinitionSpec of(String name, LocalTime start, LocalTime end) {
        return new ShiftDefinitionSpec(name, name, start, end, List.of());
    }
}
