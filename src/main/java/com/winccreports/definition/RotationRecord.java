package com.winccreports.definition;

import com.winccreports.shift.calendar.RotationSpec;
import com.winccreports.shift.calendar.RotationUnit;
import com.winccreports.shift.calendar.SpecProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The crew rotation in the {@code shifts:} section of a site file, as the YAML gives it; {@code unit} is
 * {@code week} (the default) or {@code day}, and a step left empty means no shift is worked in it.
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
public record RotationRecord(LocalDate anchor, String unit, List<Map<String, String>> steps) {

    public RotationRecord {
        steps = steps == null ? List.of()
                : steps.stream().map(s -> s == null ? Map.<String, String>of() : Map.copyOf(s)).toList();
    }

    /** Missing or misspelt fields with paths under {@code path}; empty when it converts. */
    List<SpecProblem> problems(String path) {
        List<SpecProblem> problems = new ArrayList<>();
        if (anchor == null) {
            problems.add(SpecProblem.error(path + ".anchor", "anchor date is required (first day of step 0)"));
        }
        if (unit != null && RotationUnit.parse(unit).isEmpty()) {
            problems.add(SpecProblem.error(path + ".unit", "must be 'week' or 'day', was '" + unit + "'"));
        }
        return problems;
    }

    /** The rotation as the shift calendar takes it; call on a record {@link #problems} found nothing in. */
    RotationSpec toSpec() {
        return new RotationSpec(anchor, unit == null ? RotationUnit.WEEK : RotationUnit.parse(unit).orElseThrow(), steps);
    }
}
