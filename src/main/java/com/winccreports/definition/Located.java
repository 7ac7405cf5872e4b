package com.winccreports.definition;

import java.nio.file.Path;
import java.util.List;

/**
 * A bound definition together with its file and parsed tree, so checks made after binding
 * (cross-references between a job and its site) can still report file and line.
 */
public final class Located<T> {

    private final Path file;
    private final T value;
    private final LocatedYaml yaml;

    Located(Path file, T value, LocatedYaml yaml) {
        this.file = file;
        this.value = value;
        this.yaml = yaml;
    }

    LocatedYaml yaml() {
        return yaml;
    }

    public Path file() {
        return file;
    }

    public T value() {
        return value;
    }

    /** A problem located at {@code path} (property names and indexes) of this file. */
    public DefinitionProblem problem(List<Object> path, String problem) {
        return new DefinitionProblem(file, yaml.lineOf(path), LocatedYaml.fieldName(path), problem);
    }
}
