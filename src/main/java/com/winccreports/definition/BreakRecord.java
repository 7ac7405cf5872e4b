package com.winccreports.definition;

import com.winccreports.shift.calendar.BreakSpec;
import java.time.LocalTime;
import java.util.Optional;

/**
 * A planned break of a shift in the {@code shifts:} section of a site file, as the YAML gives it:
 * {@code { start: "09:00", end: "09:30", label: Frühstückspause }}; the label is optional.
 */
public record BreakRecord(LocalTime start, LocalTime end, String label) {

    boolean complete() {
        return start != null && end != null;
    }

    /** The break as the shift calendar takes it; call on a {@link #complete()} record. */
    BreakSpec toSpec() {
        return new BreakSpec(start, end, Optional.ofNullable(label));
    }
}
