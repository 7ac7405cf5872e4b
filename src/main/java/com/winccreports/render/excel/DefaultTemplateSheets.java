package com.winccreports.render.excel;

import com.winccreports.render.ColumnCatalog;
import com.winccreports.render.NumberPatterns;
import java.util.List;

/** The sheets of the default template: which placeholders go where (see docs/reports.md). */
final class DefaultTemplateSheets {

    /** KPIs with a column of their own in the shifts table (every shift report job maps their elements). */
    private static final List<String> SHIFT_KPIS = List.of("oee", "availability", "effectiveness", "qualityRatio");

    private final DefaultExcelTemplate t;

    DefaultTemplateSheets(DefaultExcelTemplate template) {
        this.t = template;
    }

    void report() {
        t.sheet("${label.sheet.report}", 26, 22, 18, 16, 12, 12, 10, 11, 11, 14, 14, 12, 12, 12, 12);
        t.title("${label.report.title} ${lineTitle}");
        t.pair("${label.cover.site}", "${site}");
        t.pair("${label.cover.line}", "${line}", "${lineDescription}");
        t.pair("${label.cover.productionDay}", "${productionDay}");
        t.pair("${label.cover.period}", "${period}");
        t.pair("${label.cover.zone}", "${zone}");
        t.pair("${label.cover.report}", "${report.id}");
        t.pair("${label.cover.version}", "${report.version}", "${report.supersedes}");
        t.pair("${label.cover.generatedAt}", "${generatedAt}", "${generatedAt.offset}");
        t.pair("${label.cover.dataCutOff}", "${dataCutOff}", "${dataCutOff.offset}");
        t.pair("${label.cover.status}", "${report.status}");
        t.pair("${label.cover.source}", "${source}", "${archives}");
        t.blank();
        t.title("${label.section.kpi-summary}");
        t.header(false, false, "${label.column.kpi}", "${period.label}", "${label.column.target}",
                "${label.column.status}", "${label.column.unit}");
        t.cells("${table:periodKpis.name}", "${table:periodKpis.value}", "${table:periodKpis.target}",
                "${table:periodKpis.status}", "${table:periodKpis.unit}");
        t.cells("${label.status.legend}");
        t.blank();
        shifts();
    }

    private void shifts() {
        t.title("${label.column.shift}");
        List<String> headers = new java.util.ArrayList<>(List.of("${label.column.shift}", "${label.column.crew}",
                "${label.column.start}", "${label.column.offset}", "${label.column.end}", "${label.column.offset}",
                "${label.column.hours}", "${label.column.good}", "${label.column.scrap}",
                "${label.column.plannedStopRunningMinutes}", "${label.column.plannedStopProduced}"));
        SHIFT_KPIS.forEach(k -> headers.add("${label.kpi." + k + "}"));
        t.header(false, false, headers.toArray(String[]::new));
        int r = t.nextRow();
        List<String> cells = new java.util.ArrayList<>(List.of("${table:shifts.label}", "${table:shifts.crew}",
                "${table:shifts.start}", "${table:shifts.startOffset}", "${table:shifts.end}",
                "${table:shifts.endOffset}", "${table:shifts.hours}", "${table:shifts.good}", "${table:shifts.scrap}",
                "${table:shifts.plannedStopRunningMinutes}", "${table:shifts.plannedStopProduced}"));
        SHIFT_KPIS.forEach(k -> cells.add("${table:shifts.kpi." + k + "}"));
        t.cells(cells.toArray(String[]::new));
        t.cells("${label.column.total}", "", "", "", "", "", sum(NumberPatterns.HOURS, "G", r),
                sum(NumberPatterns.COUNT, "H", r), sum(NumberPatterns.COUNT, "I", r));
    }

    /** {@code #,##0|=SUM(H5:H5)}: a total over a table's template row, which grows with the table. */
    private static String sum(String format, String column, int row) {
        return format + "|=SUM(" + column + row + ":" + column + row + ")";
    }

    void kpis() {
        t.sheet("${label.sheet.kpis}", 16, 30, 12, 10, 12, 12, 14, 26, 40, 12);
        region("kpis", List.of("shift", "name", "value", "unit", "target", "deviation", "status", "formula",
                "calculation", "incomplete"));
        t.cells("${label.status.legend}");
    }

    void statistics() {
        t.sheet("${label.sheet.statistics}", 14, 22, 22, 10, 11, 11, 18, 9, 11, 18, 9, 10, 10, 10, 10, 12, 8, 8,
                14);
        region("statistics", List.of("shift", "tag", "description", "unit", "average", "min", "minAt",
                "minAtOffset", "max", "maxAt", "maxAtOffset", "count", "coverage", "lowerLimit", "upperLimit",
                "outsideMinutes", "cp", "cpk", "averageAllValues", "other"));
    }

    void counters() {
        t.sheet("${label.sheet.counters}", 14, 22, 22, 10, 14, 14, 10, 10, 48, 10);
        region("counters", List.of("shift", "tag", "description", "unit", "increase", "rate", "rollovers", "resets",
                "events", "coverage"));
    }

    void states() {
        t.sheet("${label.sheet.states}", 14, 22, 22, 24, 8, 14, 10, 10);
        region("states", List.of("shift", "tag", "description", "state", "code", "minutes", "share", "entries"));
    }

    void downtime() {
        t.sheet("${label.sheet.downtime}", 8, 28, 14, 10, 10, 12);
        region("downtime", List.of("code", "reason", "minutes", "occurrences", "share", "cumulative"));
        t.cells("", "${label.column.total}", sum(NumberPatterns.MINUTES, "C", 2), sum(NumberPatterns.COUNT, "D", 2));
    }

    void batches() {
        t.sheet("${label.sheet.batches}", 18, 22, 14, 18, 8, 18, 8, 10, 10, 10, 10, 14, 36);
        region("batches", List.of("id", "product", "recipe", "start", "startOffset", "end", "endOffset", "planned",
                "good", "scrap", "rework", "operator", "shares"));
        t.cells("${label.column.total}", "", "", "", "", "", "", sum(NumberPatterns.COUNT, "H", 2),
                sum(NumberPatterns.COUNT, "I", 2), sum(NumberPatterns.COUNT, "J", 2), sum(NumberPatterns.COUNT, "K", 2));
    }

    void alarms() {
        t.sheet("${label.sheet.alarms}", 18, 34, 18, 10, 14, 14, 18, 8);
        t.title("${label.alarms.byClass}");
        headerAndRow(false, "alarmClasses", List.of("class", "count", "activeMinutes"));
        for (String table : new String[] {"alarms", "longestAlarms"}) {
            t.blank();
            t.title("alarms".equals(table) ? "${label.alarms.mostFrequent}" : "${label.alarms.longest}");
            headerAndRow(false, table, List.of("number", "text", "class", "count", "longestMinutes", "activeMinutes",
                    "firstRaised", "firstRaisedOffset"));
        }
    }

    void quality() {
        t.sheet("${label.sheet.quality}", 24, 18, 10, 18, 8, 12, 14, 14);
        t.title("${label.quality.coverage}");
        headerAndRow(false, "coverage", List.of("tag", "coverage", "values", "gapMinutes", "badMinutes",
                "interpolation", "resets"));
        t.blank();
        t.title("${label.quality.gaps}");
        headerAndRow(false, "gaps", List.of("tag", "from", "fromOffset", "to", "toOffset", "minutes"));
        t.blank();
        t.title("${label.quality.resets}");
        headerAndRow(false, "counterResets", List.of("tag", "at", "atOffset", "before", "after", "kind"));
        t.blank();
        t.title("${label.quality.notes}");
        t.cells("${table:notes.text}");
    }

    void formulas() {
        t.sheet("${label.sheet.formulas}", 14, 24, 20, 34, 22, 6, 14, 10, 30, 10);
        region("kpiInputs", List.of("shift", "kpi", "formula", "calculation", "input", "symbol", "value", "unit",
                "source", "coverage"));
    }

    void charts() {
        t.sheet("${label.sheet.charts}");
        t.title("${label.section.trend-charts} – ${line}, ${period}");
        t.blank();
        t.cells("${chart:trends}", "", "", "", "", "", "", "", "", "", "", "", "", "${chart:shift-trend}");
    }

    /** A sheet-long table: a frozen header with an auto-filter and the template row. */
    private void region(String table, List<String> columns) {
        headerAndRow(true, table, columns);
    }

    private void headerAndRow(boolean frozen, String table, List<String> columns) {
        var catalog = ColumnCatalog.table(table);
        t.header(frozen, frozen, columns.stream().map(c -> "${label." + ColumnCatalog.headerKey(table, c) + "}")
                .toArray(String[]::new));
        t.cells(columns.stream().map(c -> "${table:" + catalog.name() + "." + c + "}").toArray(String[]::new));
    }
}
