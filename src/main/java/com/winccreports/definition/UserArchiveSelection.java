package com.winccreports.definition;

import java.util.Map;
import java.util.Objects;

/**
 * The user archive holding batch records and how its fields map to the report's batch columns
 * (keys: {@code batchId}, {@code line}, {@code product}, {@code recipe}, {@code start}, {@code end},
 * {@code planned}, {@code good}, {@code scrap}, {@code rework}, {@code operator}; values: archive field names).
 */
public record UserArchiveSelection(String name, Map<String, String> fields, String recipes) {

    public UserArchiveSelection {
        Objects.requireNonNull(name, "name");
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** The archive field for a report column, or the column name itself when not mapped. */
    public String field(String column) {
        return fields.getOrDefault(column, column);
    }
}
