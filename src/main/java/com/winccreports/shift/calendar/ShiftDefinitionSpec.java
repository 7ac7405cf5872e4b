package com.winccreports.shift.calendar;

import java.time.LocalTime;
import java.util.List;

/**
 * One shift of a production day in local wall time. {@code end} before or equal to {@code start}
 * means the shift ends on the next calendar day (22:00–06:00); equal means 24 hours.
 *
 * @param name   stable identifier used in job files and reports, e.g. {@code Early}
 * @param label  localized display name, e.g. {@code Frühschicht}; defaults to {@code name}
 * @param start  local start time
 * @param end    local end time
 * @param breaks planned breaks inside the shift, in local wall time
 */
public record ShiftDefinitionSpec(String name, String label, LocalTime start, LocalTime end,
                                  List<BreakSpec> breaks) {

    public ShiftDefinitionSpec {
        breaks = breaks == null ? List.of() : List.copyOf(breaks);
    }

    /** The label, or the name when no label is given. */
    public String displayLabel() {
        return label == null || label.isBlank() ? name : label;
    }
}
