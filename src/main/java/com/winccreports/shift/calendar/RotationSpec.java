package com.winccreports.shift.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Which crew works which shift: a cycle of steps, each step lasting one production day
 * ({@code unit: day}) or one week ({@code unit: week}), counted from {@code anchor} (the first
 * production day of step 0; for weekly steps normally a Monday). Each step maps shift name to
 * crew; a shift missing from a step is not worked in that step.
 *
 * <pre>
 * rotation:
 *   anchor: 2026-01-05
 *   unit: week
 *   steps:
 *     - { Early: A, Late: B, Night: C }
 *     - { Early: C, Late: A, Night: B }
 *     - { Early: B, Late: C, Night: A }
 * </pre>
 */
public record RotationSpec(LocalDate anchor, String unit, List<Map<String, String>> steps) {

    public RotationSpec {
        steps = steps == null ? List.of() : steps.stream().map(s -> s == null ? Map.<String, String>of() : Map.copyOf(s)).toList();
    }

    /** Length of one step in days: 7 for {@code week}, 1 for {@code day} (default week). */
    public int stepDays() {
        return unit == null || unit.equalsIgnoreCase("week") ? 7 : 1;
    }
}
