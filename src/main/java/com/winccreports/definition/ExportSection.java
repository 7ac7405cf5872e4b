package com.winccreports.definition;

import java.time.Duration;
import java.util.List;

/**
 * The {@code export:} section of a {@code kind: record-export} job (docs/exports.md): the shape of the values
 * (raw or aligned, with interval, aggregates and fill), the formats, the margin around a batch, whether each batch
 * of the period is its own section, which user-archive records go with the values, and the most alarms listed
 * per section ({@code maxAlarms}). As written in YAML; the
 * export converts it into its domain types before using it.
 */
public record ExportSection(String shape, Duration interval, List<String> aggregates, String fill,
        List<String> formats, Duration batchMargin, String sections, Records records, Integer maxAlarms) {

    /** Every format an export writes, as file extensions: an export that names none writes all of them. */
    public static final List<String> ALL_FORMATS = List.of("csv", "xlsx", "pdf");

    public ExportSection {
        aggregates = aggregates == null ? List.of() : List.copyOf(aggregates);
        formats = formats == null ? List.of() : List.copyOf(formats);
    }

    /** The formats as written, or {@link #ALL_FORMATS} when the section names none. */
    public List<String> formatsOrAll() {
        return formats.isEmpty() ? ALL_FORMATS : formats;
    }

    /** The margin around a batch, zero when the section names none. */
    public Duration batchMarginOrZero() {
        return batchMargin == null ? Duration.ZERO : batchMargin;
    }

    /** Which user-archive records are exported with the values: the archive's records matching every condition. */
    public record Records(List<Condition> filter) {
        public Records {
            filter = filter == null ? List.of() : List.copyOf(filter);
        }
    }

    /** One {@code field op value} condition of a record filter. */
    public record Condition(String field, String op, Object value) {
    }
}
