package com.winccreports.render.pdf;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The section types a layout may list, and the columns each table section knows. */
public final class SectionTypes {

    public static final List<String> ALL = List.of("cover", "kpi-summary", "shift-kpis", "tag-statistics",
            "trend-charts", "shift-trend", "downtime-pareto", "batches", "alarms", "data-quality", "kpi-formulas",
            "data-table", "provenance");

    /** Columns per table section; the first list entry order is the default. */
    public static final Map<String, List<String>> COLUMNS = Map.of(
            "shift-kpis", List.of("kpi", "value", "target", "status", "incomplete"),
            "tag-statistics", List.of("tag", "description", "unit", "average", "min", "minAt", "max", "maxAt",
                    "coverage", "outside", "cp", "cpk", "count"),
            "batches", List.of("batch", "product", "recipe", "start", "end", "planned", "good", "scrap", "shares",
                    "operator", "rework"));

    /** Default columns where a layout names none. */
    public static final Map<String, List<String>> DEFAULT_COLUMNS = Map.of(
            "shift-kpis", List.of("kpi", "value", "target", "status", "incomplete"),
            "tag-statistics", List.of("tag", "description", "average", "min", "max", "coverage", "outside", "cp",
                    "cpk"),
            "batches", List.of("batch", "product", "start", "end", "planned", "good", "scrap", "shares"));

    private SectionTypes() {
    }

    public static boolean known(String type) {
        return ALL.contains(type);
    }

    public static Set<String> columnsOf(String type) {
        return Set.copyOf(COLUMNS.getOrDefault(type, List.of()));
    }
}
