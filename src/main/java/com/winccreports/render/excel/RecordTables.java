package com.winccreports.render.excel;

import com.winccreports.render.ReportMessages;
import com.winccreports.report.AlarmSummary;
import com.winccreports.report.BatchRecord;
import com.winccreports.report.DataQuality;
import com.winccreports.report.ShiftReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Table rows of batches, alarms, data quality and the shift trend (see {@link TableCatalog}). */
final class RecordTables {

    private final ShiftReport report;
    private final ReportMessages messages;

    RecordTables(ShiftReport report, ReportMessages messages) {
        this.report = report;
        this.messages = messages;
    }

    List<Map<String, Object>> batches() {
        return report.batches().stream().map(this::batch).toList();
    }

    private Map<String, Object> batch(BatchRecord b) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", b.batchId());
        row.put("product", b.product());
        row.put("recipe", b.recipe());
        TableCatalog.putTime(row, "start", b.start());
        TableCatalog.putTime(row, "end", b.end());
        if (b.running()) {
            row.put("end", messages.get("column.running"));
        }
        row.put("planned", b.plannedQty());
        row.put("good", b.goodQty());
        row.put("scrap", b.scrapQty());
        row.put("rework", b.reworkQty());
        row.put("operator", b.operator());
        row.put("shares", b.shares().stream()
                .map(s -> shiftLabel(s.shiftName()) + " " + Math.round(s.fraction() * 100) + " %")
                .collect(Collectors.joining(" · ")));
        return row;
    }

    private String shiftLabel(String name) {
        return report.shifts().stream().filter(s -> s.shift().name().equals(name))
                .map(s -> s.shift().label()).findFirst().orElse(name);
    }

    List<Map<String, Object>> alarmClasses() {
        return report.alarms().byClass().stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("class", c.alarmClass());
            row.put("count", c.count());
            row.put("activeMinutes", TableCatalog.minutes(c.totalActive()));
            return row;
        }).toList();
    }

    List<Map<String, Object>> alarms(List<AlarmSummary> alarms) {
        return alarms.stream().map(a -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", a.alarmNumber());
            row.put("text", a.text());
            row.put("class", a.alarmClass());
            row.put("count", a.count());
            row.put("longestMinutes", TableCatalog.minutes(a.longest()));
            row.put("activeMinutes", TableCatalog.minutes(a.totalActive()));
            TableCatalog.putTime(row, "firstRaised", a.firstRaised());
            return row;
        }).toList();
    }

    List<Map<String, Object>> quality(String table) {
        DataQuality quality = report.dataQuality();
        return switch (table) {
            case "coverage" -> coverage(quality);
            case "gaps" -> gaps(quality);
            case "counterResets" -> counterResets(quality);
            default -> notes(quality);
        };
    }

    private List<Map<String, Object>> coverage(DataQuality quality) {
        return quality.coverage().stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("tag", c.tag());
            row.put("coverage", CellValues.Percent.of(c.coveragePercent()));
            row.put("values", c.values());
            row.put("gapMinutes", TableCatalog.minutes(c.gapTime()));
            row.put("badMinutes", TableCatalog.minutes(c.badQualityTime()));
            row.put("interpolation", c.interpolated() ? c.interpolation() : messages.get("quality.none"));
            row.put("resets", c.counterResets());
            return row;
        }).toList();
    }

    private static List<Map<String, Object>> gaps(DataQuality quality) {
        return quality.gaps().stream().map(g -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("tag", g.tag());
            TableCatalog.putTime(row, "from", g.from());
            TableCatalog.putTime(row, "to", g.to());
            row.put("minutes", TableCatalog.minutes(g.duration()));
            return row;
        }).toList();
    }

    private static List<Map<String, Object>> counterResets(DataQuality quality) {
        return quality.counterResets().stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("tag", r.tag());
            TableCatalog.putTime(row, "at", r.at());
            row.put("before", r.before());
            row.put("after", r.after());
            row.put("kind", r.kind().name());
            return row;
        }).toList();
    }

    private List<Map<String, Object>> notes(DataQuality quality) {
        List<String> notes = new java.util.ArrayList<>(quality.notes());
        if (quality.lateData()) {
            notes.add(0, messages.get("quality.lateData"));
        }
        return notes.stream().map(n -> Map.<String, Object>of("text", n)).toList();
    }

    List<Map<String, Object>> shiftTrend() {
        return report.shiftTrend().stream().map(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kpi", p.kpiKey());
            row.put("day", p.productionDay());
            row.put("shift", p.shiftName());
            row.put("label", p.shiftLabel());
            TableCatalog.putTime(row, "start", p.start());
            String unit = report.periodKpi(p.kpiKey()).map(k -> k.unit()).orElse("");
            row.put("value", CellValues.quantity(p.value(), unit));
            return row;
        }).toList();
    }
}
