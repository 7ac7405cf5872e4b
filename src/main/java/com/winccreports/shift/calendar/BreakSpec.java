package com.winccreports.shift.calendar;

import java.time.LocalTime;

/**
 * A planned break inside a shift, in local wall time (planned downtime in ISO 22400 terms).
 * YAML: {@code { start: "09:00", end: "09:30", label: Frühstückspause }}.
 */
public record BreakSpec(LocalTime start, LocalTime end, String label) {
}
