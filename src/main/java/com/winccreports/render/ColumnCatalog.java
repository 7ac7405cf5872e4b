package com.winccreports.render;

import com.winccreports.report.ShiftReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one catalog of report tables and their columns. Excel templates ({@code ${table:<table>.<column>}}), PDF
 * layouts ({@code columns:} of a section), {@code templates check} and docs/reports.md name columns from here and
 * nowhere else: the same column has the same name and the same cell in both files, and a name the catalog does
 * not know is an error, never a silent default.
 */
public final class ColumnCatalog {

    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("alarmClasses.count", "column.alarms.count"), Map.entry("alarms.count", "column.alarms.count"),
            Map.entry("longestAlarms.count", "column.alarms.count"),
            Map.entry("siteAlarmClasses.count", "column.alarms.count"), Map.entry("coverage.values", "column.count"),
            Map.entry("coverage.resets", "column.events"),
            Map.entry("kpis.name", "column.kpi"), Map.entry("periodKpis.name", "column.kpi"),
            Map.entry("shifts.label", "column.shift"), Map.entry("shifts.name", "column.shift"),
            Map.entry("shiftTrend.label", "column.shift"));
    private static final Map<String, CatalogTable<?>> TABLES = tables();

    private ColumnCatalog() {
    }

    private static Map<String, CatalogTable<?>> tables() {
        Map<String, CatalogTable<?>> tables = new LinkedHashMap<>();
        for (CatalogTable<?> table : List.of(KpiTables.shifts(), KpiTables.kpis(), KpiTables.periodKpis(),
                KpiTables.kpiInputs(), StatisticsTables.statistics(), StatisticsTables.counters(),
                StatisticsTables.states(), RecordTables.downtime(), RecordTables.batches(),
                RecordTables.alarmClasses("alarmClasses", ShiftReport::alarms), RecordTables.alarms("alarms", false),
                RecordTables.alarms("longestAlarms", true),
                RecordTables.alarmClasses("siteAlarmClasses", ShiftReport::siteAlarms), QualityTables.coverage(), QualityTables.gaps(),
                QualityTables.counterResets(), QualityTables.notes(), KpiTables.shiftTrend())) {
            tables.put(table.name(), table);
        }
        return Map.copyOf(tables);
    }

    /** Table names, in the order docs/reports.md lists them. */
    public static List<String> tableNames() {
        return List.of("shifts", "kpis", "periodKpis", "kpiInputs", "statistics", "counters", "states", "downtime",
                "batches",
                "alarmClasses", "alarms", "longestAlarms", "siteAlarmClasses", "coverage", "gaps", "counterResets", "notes", "shiftTrend");
    }

    public static Optional<CatalogTable<?>> find(String table) {
        return Optional.ofNullable(TABLES.get(table));
    }

    /** The table, or an {@link IllegalArgumentException} naming the known ones. */
    public static CatalogTable<?> table(String table) {
        return find(table).orElseThrow(() -> new IllegalArgumentException("unknown table '" + table
                + "', expected one of " + tableNames()));
    }

    /**
     * The message key of a column's header: {@code column.offset} for a UTC-offset column, a table's own key where
     * a name means something else there (an alarm's count is not a number of values), else {@code column.<name>}.
     */
    public static String headerKey(String table, String column) {
        if (column.endsWith("Offset")) {
            return "column.offset";
        }
        String specific = HEADERS.get(table + "." + column);
        return specific != null ? specific : "column." + column;
    }

    /** True when {@code table} has {@code column} (a {@code kpi.<key>} column of {@code shifts} included). */
    public static boolean knows(String table, String column) {
        return find(table).map(t -> t.knows(column)).orElse(false);
    }
}
