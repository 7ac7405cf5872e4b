package com.winccreports.shift.calendar;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A planned break inside a shift, in local wall time (planned downtime in ISO 22400 terms).
 *
 * @param start local start time
 * @param end   local end time
 * @param label shown in reports, e.g. {@code Frühstückspause}; empty when the plant names none
 */
public record BreakSpec(LocalTime start, LocalTime end, Optional<String> label) {

    public BreakSpec {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(label, "label");
    }
}
