package com.winccreports.definition;

import com.winccreports.shift.calendar.ShiftDefinitionSpec;
import com.winccreports.shift.calendar.SpecProblem;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One shift of the {@code shifts:} section's {@code pattern} in a site file, as the YAML gives it:
 * {@code { name: Early, label: Frühschicht, start: "06:00", end: "14:00", breaks: [...] }}; the label
 * defaults to the name, breaks to none.
 */
public record ShiftRecord(String name, String label, LocalTime start, LocalTime end, List<BreakRecord> breaks) {

    public ShiftRecord {
        breaks = breaks == null ? List.of() : List.copyOf(breaks);
    }

    /** Missing fields with paths under {@code path} (e.g. {@code shifts.pattern[0]}); empty when it converts. */
    List<SpecProblem> problems(String path) {
        List<SpecProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(SpecProblem.error(path + ".name", "name is required"));
        }
        if (start == null) {
            problems.add(SpecProblem.error(path + ".start", "start time is required (e.g. \"06:00\")"));
        }
        if (end == null) {
            problems.add(SpecProblem.error(path + ".end", "end time is required (e.g. \"14:00\")"));
        }
        for (int b = 0; b < breaks.size(); b++) {
            if (!breaks.get(b).complete()) {
                problems.add(SpecProblem.error(path + ".breaks[" + b + "]", "a break needs start and end"));
            }
        }
        return problems;
    }

    /** The shift as the shift calendar takes it; call on a record {@link #problems} found nothing in. */
    ShiftDefinitionSpec toSpec() {
        return new ShiftDefinitionSpec(name, label == null || label.isBlank() ? name : label, start, end,
                breaks.stream().map(BreakRecord::toSpec).toList());
    }
}
