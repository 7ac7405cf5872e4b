package com.winccreports.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads a layout file; a typo in a key fails with the file, line and key, not silently. */
public final class PdfLayoutLoader {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** The file as written (sections not yet checked against {@link SectionTypes}). */
    record LayoutFile(String name, PdfLayout.Page page, PdfLayout.Fonts fonts, Map<String, String> colours,
            String logo, List<PdfSection> sections) {
    }

    private PdfLayoutLoader() {
    }

    public static PdfLayout load(Path file) throws IOException {
        LayoutFile parsed;
        try {
            parsed = YAML.readValue(Files.readString(file), LayoutFile.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ": " + path(e) + e.getOriginalMessage() + location(e), e);
        }
        if (parsed == null || parsed.sections() == null || parsed.sections().isEmpty()) {
            throw new IllegalArgumentException(file + ": a layout needs a non-empty 'sections' list");
        }
        String name = parsed.name() == null ? file.getFileName().toString() : parsed.name();
        Path base = file.toAbsolutePath().getParent();
        return new PdfLayout(name, parsed.page(), parsed.fonts(), parsed.colours(), parsed.logo(), parsed.sections(),
                base);
    }

    /** {@code sections[2].colums: } — where in the file's structure, since a record's line is its end. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
        }
        return path.isEmpty() ? "" : path + ": ";
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }
}
