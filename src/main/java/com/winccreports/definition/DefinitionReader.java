package com.winccreports.definition;

import java.util.stream.Collectors;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads one YAML definition file: parses it keeping line numbers, validates it against a JSON Schema,
 * then binds it to a record. Every failure becomes an {@link InvalidDefinitionException} whose
 * problems name file, line, field and problem. YAML keys are camelCase ({@code userArchive}),
 * as the shift engine's spec records bind them.
 */
public final class DefinitionReader {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Schema schema;

    private DefinitionReader(Schema schema) {
        this.schema = schema;
    }

    /** A reader validating against the JSON Schema (draft 2020-12) in {@code schemaFile}. */
    public static DefinitionReader withSchema(Path schemaFile) {
        try (InputStream in = Files.newInputStream(schemaFile)) {
            return new DefinitionReader(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read JSON Schema " + schemaFile + ": " + e.getMessage(), e);
        }
    }

    /** The mapper definitions bind with, for tests and for binding fragments the same way. */
    public static YAMLMapper mapper() {
        return MAPPER;
    }

    /** Parses, validates and binds {@code file}; throws {@link InvalidDefinitionException} naming each problem. */
    public <T> Located<T> read(Path file, Class<T> type) {
        LocatedYaml yaml = parse(file);
        List<DefinitionProblem> problems = new ArrayList<>();
        for (Error error : schema.validate(yaml.root())) {
            List<Object> path = elements(error.getInstanceLocation());
            // a missing or an unknown property is placed at its name: an unknown one at its own line, not the
            // line of the object it is in (a misspelt top-level key was reported at the file's first key)
            boolean unknown = "additionalProperties".equals(error.getKeyword());
            if (error.getProperty() != null && ("required".equals(error.getKeyword()) || unknown)) {
                path.add(error.getProperty());
            }
            problems.add(new DefinitionProblem(file, unknown ? yaml.keyLineOf(path) : yaml.lineOf(path),
                    LocatedYaml.fieldName(path), error.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(problems);
        }
        try {
            return new Located<>(file, MAPPER.treeToValue(yaml.root(), type), yaml);
        } catch (JacksonException e) {
            List<Object> path = references(e);
            throw new InvalidDefinitionException(List.of(new DefinitionProblem(file, yaml.lineOf(path),
                    LocatedYaml.fieldName(path), rootMessage(e))));
        }
    }

    private static LocatedYaml parse(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidDefinitionException(List.of(new DefinitionProblem(file, 0, null,
                    "cannot read: " + e.getMessage())));
        }
        try {
            return LocatedYaml.parse(MAPPER, text);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InvalidDefinitionException(List.of(new DefinitionProblem(file, line, null,
                    "not valid YAML: " + oneLine(e.getOriginalMessage()))));
        }
    }

    /** The parser's message without the quoted source lines and carets it spreads over several lines. */
    private static String oneLine(String message) {
        return message == null ? "" : message.lines().filter(l -> !l.isBlank() && !l.startsWith("    "))
                .map(String::trim).collect(Collectors.joining(" "));
    }

    private static List<Object> elements(NodePath path) {
        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            elements.add(path.getElement(i));
        }
        return elements;
    }

    private static List<Object> references(JacksonException e) {
        List<Object> path = new ArrayList<>();
        for (JacksonException.Reference reference : e.getPath()) {
            path.add(reference.getPropertyName() != null ? reference.getPropertyName() : reference.getIndex());
        }
        return path;
    }

    private static String rootMessage(JacksonException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause instanceof JacksonException jackson ? jackson.getOriginalMessage() : cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
