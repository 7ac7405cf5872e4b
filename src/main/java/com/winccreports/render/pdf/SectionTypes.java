package com.winccreports.render.pdf;

import com.winccreports.render.ColumnCatalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The section types a layout may list. A section that prints a catalog table takes {@code columns:} named as in
 * the {@link ColumnCatalog} (the same names as the Excel template's); an unknown name is an error.
 */
public final class SectionTypes {

    public static final List<String> ALL = List.of("cover", "kpi-summary", "shift-kpis", "tag-statistics",
            "counter-statistics", "state-statistics", "trend-charts", "shift-trend", "downtime-pareto", "batches", "alarms", "data-quality", "kpi-formulas",
            "data-table", "provenance");

    /** The catalog table whose columns a section's {@code columns:} name. */
    public static final Map<String, String> TABLES = Map.of("shift-kpis", "kpis", "tag-statistics", "statistics",
            "counter-statistics", "counters", "state-statistics", "states", "batches", "batches",
            "downtime-pareto", "downtime", "kpi-formulas", "kpiInputs");

    /** Columns of a section that names none. */
    public static final Map<String, List<String>> DEFAULT_COLUMNS = Map.of(
            "shift-kpis", List.of("name", "value", "target", "status", "incomplete"),
            "tag-statistics", List.of("tag", "description", "unit", "average", "min", "minAt", "max", "maxAt",
                    "coverage", "outsideMinutes"),
            "counter-statistics", List.of("tag", "description", "unit", "increase", "rate", "rollovers", "resets",
                    "events", "coverage"),
            "state-statistics", List.of("tag", "state", "code", "minutes", "share", "entries"),
            "batches", List.of("id", "product", "start", "end", "planned", "good", "scrap", "shares"),
            "downtime-pareto", List.of("code", "reason", "minutes", "occurrences", "share", "cumulative"),
            "kpi-formulas", List.of("kpi", "formula", "calculation", "symbol", "value", "unit", "source",
                    "coverage"));

    private SectionTypes() {
    }

    public static boolean known(String type) {
        return ALL.contains(type);
    }

    /** The catalog table of a section type, if it prints one with selectable columns. */
    public static Optional<String> table(String type) {
        return Optional.ofNullable(TABLES.get(type));
    }

    /** The columns a section prints: its own, else the default ones. */
    static List<String> columns(PdfSection section) {
        return section.columns().isEmpty() ? DEFAULT_COLUMNS.getOrDefault(section.type(), List.of())
                : section.columns();
    }

    /** Problems with a section's type and columns, each in one sentence; empty when it can be printed. */
    public static List<String> problems(PdfSection section) {
        if (!known(section.type())) {
            return List.of("unknown section type '" + section.type() + "', expected one of " + ALL);
        }
        Optional<String> table = table(section.type());
        if (table.isEmpty()) {
            return section.columns().isEmpty() ? List.of() : List.of("section " + section.type() + " takes no columns");
        }
        var catalog = ColumnCatalog.table(table.get());
        return section.columns().stream().filter(c -> !catalog.knows(c))
                .map(c -> "unknown column '" + c + "' in section " + section.type() + ", expected one of "
                        + catalog.names())
                .toList();
    }
}
