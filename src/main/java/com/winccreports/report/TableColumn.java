package com.winccreports.report;

import java.util.Objects;

/**
 * A column of a streamed {@link DataTable}.
 *
 * @param key    stable key (used in layouts), e.g. {@code L1.Temperature}
 * @param header header text in the report's language (the renderer appends the unit)
 * @param unit   unit, empty when none
 * @param type   cell type
 */
public record TableColumn(String key, String header, String unit, ColumnType type) {

    public TableColumn {
        Objects.requireNonNull(key, "key");
        header = header == null || header.isBlank() ? key : header;
        unit = unit == null ? "" : unit;
        Objects.requireNonNull(type, "type");
    }
}
