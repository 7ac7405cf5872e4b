package com.winccreports.shift.calendar;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a spec has errors; carries every problem found, not just the first. */
public class SpecException extends IllegalArgumentException {

    private final transient List<SpecProblem> problems;

    public SpecException(List<SpecProblem> problems) {
        super(problems.stream().map(SpecProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<SpecProblem> problems() {
        return problems;
    }

    /** Throws if any of the problems is an error; warnings pass. */
    public static void throwIfErrors(List<SpecProblem> problems) {
        if (problems.stream().anyMatch(SpecProblem::error)) {
            throw new SpecException(problems);
        }
    }
}
