package com.winccreports.definition;

import com.winccreports.system.InvalidInputException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when one or more definition files are invalid; the message lists every problem, one a line. It is
 * input a person must correct: exit code 4.
 */
public class InvalidDefinitionException extends InvalidInputException {

    private final List<DefinitionProblem> problems;

    public InvalidDefinitionException(List<DefinitionProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }

    private static String describe(List<DefinitionProblem> problems) {
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in job definitions:\n  "
                + problems.stream().map(DefinitionProblem::toString).collect(Collectors.joining("\n  "));
    }
}
