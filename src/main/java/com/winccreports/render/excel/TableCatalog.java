package com.winccreports.render.excel;

import com.winccreports.render.ReportFormats;
import com.winccreports.render.ReportMessages;
import com.winccreports.report.KpiResult;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.ShiftResult;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The tables a template row can expand ({@code ${table:<table>.<column>}}), each as a list of rows keyed by
 * column name. All are small (bounded by shifts × KPIs or tags); the big ones stream on sheets of their own.
 */
final class TableCatalog {

    /** Known tables and their columns; {@code shifts} also takes {@code kpi.<key>} columns. */
    static final Map<String, Set<String>> COLUMNS = Map.ofEntries(
            Map.entry("shifts", Set.of("name", "label", "crew", "start", "startOffset", "end", "endOffset", "hours",
                    "incomplete")),
            Map.entry("kpis", Set.of("shift", "key", "name", "value", "unit", "target", "status", "formula",
                    "incomplete")),
            Map.entry("periodKpis", Set.of("key", "name", "value", "unit", "target", "status", "formula",
                    "incomplete")),
            Map.entry("kpiInputs", Set.of("shift", "kpi", "formula", "input", "value", "unit", "source", "coverage")),
            Map.entry("statistics", Set.of("shift", "tag", "description", "unit", "average", "averageAllValues", "min", "minAt",
                    "minAtOffset", "max", "maxAt", "maxAtOffset", "count", "coverage", "lowerLimit", "upperLimit",
                    "outsideMinutes", "cp", "cpk")),
            Map.entry("downtime", Set.of("code", "reason", "minutes", "occurrences", "share", "cumulative")),
            Map.entry("batches", Set.of("id", "product", "recipe", "start", "startOffset", "end", "endOffset",
                    "planned", "good", "scrap", "rework", "operator", "shares")),
            Map.entry("alarmClasses", Set.of("class", "count", "activeMinutes")),
            Map.entry("alarms", Set.of("number", "text", "class", "count", "longestMinutes", "activeMinutes",
                    "firstRaised", "firstRaisedOffset")),
            Map.entry("longestAlarms", Set.of("number", "text", "class", "count", "longestMinutes", "activeMinutes",
                    "firstRaised", "firstRaisedOffset")),
            Map.entry("coverage", Set.of("tag", "coverage", "values", "gapMinutes", "badMinutes", "interpolation",
                    "resets")),
            Map.entry("gaps", Set.of("tag", "from", "fromOffset", "to", "toOffset", "minutes")),
            Map.entry("counterResets", Set.of("tag", "at", "atOffset", "before", "after", "kind")),
            Map.entry("notes", Set.of("text")),
            Map.entry("shiftTrend", Set.of("kpi", "day", "shift", "label", "start", "startOffset", "value")));

    private final ShiftReport report;
    private final ReportMessages messages;
    private final ZoneId zone;

    TableCatalog(ShiftReport report, ReportFormats formats) {
        this.report = report;
        this.messages = formats.messages();
        this.zone = report.period().zone();
    }

    static boolean knows(String table, String column) {
        Set<String> columns = COLUMNS.get(table);
        return columns != null && (columns.contains(column) || "shifts".equals(table) && column.startsWith("kpi."));
    }

    List<Map<String, Object>> rows(String table) {
        Stream<Map<String, Object>> perShift = perShiftRows(table);
        if (perShift != null) {
            return perShift.toList();
        }
        return switch (table) {
            case "periodKpis" -> report.periodKpis().stream().map(k -> kpiRow(k, messages.get("period.day"))).toList();
            case "downtime" -> downtimeRows();
            case "batches" -> new RecordTables(report, messages).batches();
            case "alarmClasses" -> new RecordTables(report, messages).alarmClasses();
            case "alarms" -> new RecordTables(report, messages).alarms(report.alarms().mostFrequent());
            case "longestAlarms" -> new RecordTables(report, messages).alarms(report.alarms().longest());
            case "coverage", "gaps", "counterResets", "notes" -> new RecordTables(report, messages).quality(table);
            case "shiftTrend" -> new RecordTables(report, messages).shiftTrend();
            default -> throw new IllegalArgumentException("unknown table " + table);
        };
    }

    /**
     * A table for a template region: a per-shift table is counted from the model and its rows are made one at a
     * time as they are written, so a month's table is neither held nor made twice; the others are built once.
     */
    Rows table(String table) {
        int perShift = perShiftCount(table);
        if (perShift >= 0) {
            return new Rows(perShift, () -> perShiftRows(table));
        }
        List<Map<String, Object>> rows = rows(table);
        return new Rows(rows.size(), rows::stream);
    }

    /** A table's number of rows, and its rows as made on each call. */
    record Rows(int size, Supplier<Stream<Map<String, Object>>> made) {
        List<Map<String, Object>> list() {
            try (Stream<Map<String, Object>> rows = made.get()) {
                return rows.toList();
            }
        }
    }

    /** The rows {@link #perShiftRows} makes, counted without making them; -1 for the other tables. */
    private int perShiftCount(String table) {
        return switch (table) {
            case "shifts" -> report.shifts().size();
            case "kpis" -> report.shifts().stream().mapToInt(shift -> shift.kpis().size()).sum();
            case "kpiInputs" -> report.shifts().stream().flatMap(shift -> shift.kpis().stream())
                    .mapToInt(kpi -> kpi.inputs().size()).sum();
            case "statistics" -> report.shifts().stream().mapToInt(shift -> shift.statistics().size()).sum();
            default -> -1;
        };
    }

    /** The tables with rows per shift (they grow with the period), lazily; null for the others. */
    private Stream<Map<String, Object>> perShiftRows(String table) {
        return switch (table) {
            case "shifts" -> report.shifts().stream().map(this::shiftRow);
            case "kpis" -> report.shifts().stream()
                    .flatMap(shift -> shift.kpis().stream().map(k -> kpiRow(k, shift.shift().label())));
            case "kpiInputs" -> report.shifts().stream().flatMap(this::kpiInputRows);
            case "statistics" -> report.shifts().stream().flatMap(this::statisticsRows);
            default -> null;
        };
    }

    private Map<String, Object> shiftRow(ShiftResult shift) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String column : COLUMNS.get("shifts")) {
            row.put(column, shiftColumn(shift, column, messages));
        }
        for (KpiResult kpi : shift.kpis()) {
            row.put("kpi." + kpi.key(), CellValues.quantity(kpi.value(), kpi.unit()));
        }
        return row;
    }

    static Object shiftColumn(ShiftResult result, String column, ReportMessages messages) {
        var shift = result.shift();
        return switch (column) {
            case "name" -> shift.name();
            case "label" -> shift.label();
            case "crew" -> shift.crew();
            case "start" -> shift.start().toLocalDateTime();
            case "startOffset" -> ReportFormats.offset(shift.start().getOffset());
            case "end" -> shift.end().toLocalDateTime();
            case "endOffset" -> ReportFormats.offset(shift.end().getOffset());
            case "hours" -> shift.duration().toSeconds() / 3600.0;
            case "incomplete" -> messages.get(result.incomplete() ? "yes" : "no");
            default -> null;
        };
    }

    private Map<String, Object> kpiRow(KpiResult kpi, String shiftLabel) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("shift", shiftLabel);
        row.put("key", kpi.key());
        row.put("name", kpi.name());
        row.put("value", CellValues.quantity(kpi.value(), kpi.unit()));
        row.put("unit", kpi.unit());
        row.put("target", CellValues.quantity(kpi.target(), kpi.unit()));
        row.put("status", new CellValues.Status(kpi.status(), messages.get("status." + kpi.status())));
        row.put("formula", kpi.formula());
        row.put("incomplete", messages.get(kpi.incomplete() ? "yes" : "no"));
        return row;
    }

    private Stream<Map<String, Object>> kpiInputRows(ShiftResult shift) {
        return shift.kpis().stream().flatMap(kpi -> kpi.inputs().stream().map(input -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("shift", shift.shift().label());
            row.put("kpi", kpi.name());
            row.put("formula", kpi.formula());
            row.put("input", input.name());
            row.put("value", CellValues.number(input.value()));
            row.put("unit", input.unit());
            row.put("source", input.source());
            row.put("coverage", CellValues.Percent.of(input.coveragePercent()));
            return row;
        }));
    }

    private Stream<Map<String, Object>> statisticsRows(ShiftResult shift) {
        return shift.statistics().stream().map(s -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("shift", shift.shift().label());
            row.put("tag", s.tag());
            row.put("description", s.description());
            row.put("unit", s.unit());
            row.put("average", CellValues.number(s.average()));
            row.put("averageAllValues", CellValues.number(s.averageAllValues()));
            row.put("min", CellValues.number(s.min()));
            putTime(row, "minAt", s.minAt());
            row.put("max", CellValues.number(s.max()));
            putTime(row, "maxAt", s.maxAt());
            row.put("count", s.count());
            row.put("coverage", CellValues.Percent.of(s.coveragePercent()));
            row.put("lowerLimit", CellValues.number(s.lowerLimit()));
            row.put("upperLimit", CellValues.number(s.upperLimit()));
            row.put("outsideMinutes", s.timeOutsideLimits().toSeconds() / 60.0);
            row.put("cp", CellValues.number(s.cp()));
            row.put("cpk", CellValues.number(s.cpk()));
            return row;
        });
    }

    private List<Map<String, Object>> downtimeRows() {
        double total = report.totalDowntime().toSeconds();
        double cumulative = 0;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var reason : report.downtimePareto()) {
            cumulative += reason.duration().toSeconds();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", reason.code());
            row.put("reason", reason.label());
            row.put("minutes", reason.duration().toSeconds() / 60.0);
            row.put("occurrences", reason.occurrences());
            row.put("share", total == 0 ? null : new CellValues.Percent(reason.duration().toSeconds() / total));
            row.put("cumulative", total == 0 ? null : new CellValues.Percent(cumulative / total));
            rows.add(row);
        }
        return rows;
    }

    void putTime(Map<String, Object> row, String column, Instant instant) {
        putTime(row, column, instant == null ? null : instant.atZone(zone).toOffsetDateTime());
    }

    static void putTime(Map<String, Object> row, String column, OffsetDateTime time) {
        row.put(column, time == null ? null : time.toLocalDateTime());
        row.put(column + "Offset", time == null ? null : ReportFormats.offset(time.getOffset()));
    }

    static double minutes(Duration duration) {
        return duration.toSeconds() / 60.0;
    }
}
