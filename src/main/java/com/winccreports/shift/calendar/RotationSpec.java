package com.winccreports.shift.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which crew works which shift: a cycle of steps, each step lasting one {@link RotationUnit} (a production day
 * or a week), counted from {@code anchor} (the first production day of step 0; for weekly steps normally a
 * Monday). Each step maps shift name to crew; a shift missing from a step is not worked in that step.
 *
 * @param anchor the first production day of step 0
 * @param unit   how long one step lasts
 * @param steps  shift name → crew, one map per step (an empty map: no shift worked in that step)
 */
public record RotationSpec(LocalDate anchor, RotationUnit unit, List<Map<String, String>> steps) {

    public RotationSpec {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(unit, "unit");
        steps = steps.stream().map(Map::copyOf).toList();
    }

    /** Length of one step in days: 7 for a week, 1 for a day. */
    public int stepDays() {
        return unit.days();
    }
}
