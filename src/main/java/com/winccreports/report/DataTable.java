package com.winccreports.report;

import java.util.List;
import java.util.Objects;

/**
 * A large table (raw or per-minute values) that renderers stream onto sheets or pages of its own.
 *
 * @param key     stable key used by templates and layouts, e.g. {@code per-minute}
 * @param title   title in the report's language (sheet name in Excel, heading in PDF)
 * @param columns columns in order
 * @param rows    the rows, streamed on demand
 */
public record DataTable(String key, String title, List<TableColumn> columns, RowSource rows) {

    public DataTable {
        Objects.requireNonNull(key, "key");
        title = title == null || title.isBlank() ? key : title;
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table " + key + " has no columns");
        }
        Objects.requireNonNull(rows, "rows");
    }
}
