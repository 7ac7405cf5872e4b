package com.winccreports.definition;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with a definition file, located so a plant engineer can fix it without guessing:
 * file, line (0 when unknown), field (a dotted path such as {@code report.formats[1]}) and the problem.
 */
public record DefinitionProblem(Path file, int line, String field, String problem) {

    public DefinitionProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problem, "problem");
        field = field == null || field.isBlank() ? "(document)" : field;
    }

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file.toString();
        return where + ": " + ("(document)".equals(field) ? "" : field + ": ") + problem;
    }
}
