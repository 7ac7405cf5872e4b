package com.winccreports.render;

import com.winccreports.report.AlarmClassCount;
import com.winccreports.report.AlarmStatistics;
import com.winccreports.report.AlarmSummary;
import com.winccreports.report.DowntimeReason;
import com.winccreports.report.ShiftReport;
import com.winccreports.shift.kpi.BatchRecord;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The catalog's tables of downtime, batches and alarms. */
final class RecordTables {

    private RecordTables() {
    }

    /** A downtime reason with its share of the total and the cumulative share (Pareto order). */
    record Downtime(DowntimeReason reason, double share, double cumulative) {
    }

    static CatalogTable<Downtime> downtime() {
        var c = new CatalogTable.Columns<Downtime>()
                .add("code", (x, d) -> code(d.reason().code()))
                .add("reason", (x, d) -> new CellValue.Text(d.reason().label()))
                .add("minutes", (x, d) -> minutes(d.reason().duration()))
                .add("occurrences", (x, d) -> CellValue.count(d.reason().occurrences()))
                .add("share", (x, d) -> CellValue.number(d.share(), NumberPatterns.SHARE))
                .add("cumulative", (x, d) -> CellValue.number(d.cumulative(), NumberPatterns.SHARE));
        return new CatalogTable<>("downtime", r -> r.downtimePareto().size(), RecordTables::pareto, c.list(), null);
    }

    private static Stream<Downtime> pareto(ShiftReport report) {
        List<DowntimeReason> reasons = report.downtimePareto();
        double total = report.totalDowntime().toMillis();
        double[] cumulative = {0};
        return reasons.stream().map(r -> {
            cumulative[0] += r.duration().toMillis();
            return new Downtime(r, total == 0 ? Double.NaN : r.duration().toMillis() / total,
                    total == 0 ? Double.NaN : cumulative[0] / total);
        });
    }

    static CatalogTable<BatchRecord> batches() {
        var c = new CatalogTable.Columns<BatchRecord>()
                .add("id", (x, b) -> new CellValue.Text(b.batchId()))
                .add("product", (x, b) -> new CellValue.Text(b.product()))
                .add("recipe", (x, b) -> new CellValue.Text(b.recipe()))
                .time("start", (x, b) -> x.local(b.start()))
                .time("end", (x, b) -> x.local(b.end()))
                .add("planned", (x, b) -> CellValue.count(b.planned()))
                .add("good", (x, b) -> CellValue.count(b.good()))
                .add("scrap", (x, b) -> CellValue.count(b.scrap()))
                .add("rework", (x, b) -> CellValue.count(b.rework()))
                .add("operator", (x, b) -> new CellValue.Text(b.operator()))
                .add("shares", (x, b) -> new CellValue.Text(shares(x, b)));
        var list = c.list();
        // a running batch has no end: the end column says so
        list.replaceAll(col -> col.name().equals("end") ? new CatalogColumn<BatchRecord>("end",
                (x, b) -> b.running() ? new CellValue.Text(x.messages().get("column.running"))
                        : CellValue.time(x.local(b.end()))) : col);
        return new CatalogTable<>("batches", r -> r.batches().size(), r -> r.batches().stream(), list, null);
    }

    /** {@code Early shift 25 % · Late shift 75 %}: the batch's allocation to the report's shifts. */
    private static String shares(CatalogContext context, BatchRecord batch) {
        ReportFormats formats = context.formats();
        return context.report().shifts().stream()
                .flatMap(s -> s.share(batch.batchId()).map(share -> s.shift().label() + "\u00a0"
                        + formats.format(share.fraction(), NumberPatterns.SHARE).replace(' ', '\u00a0')).stream())
                .collect(Collectors.joining(" · "));
    }

    /**
     * Alarms per class of {@code alarms}: the line's own ({@code alarmClasses}), or the site-wide summary a job
     * asks for ({@code siteAlarmClasses}; no rows without one).
     */
    static CatalogTable<AlarmClassCount> alarmClasses(String name, Function<ShiftReport, AlarmStatistics> alarms) {
        var c = new CatalogTable.Columns<AlarmClassCount>()
                .add("class", (x, a) -> new CellValue.Text(a.alarmClass()))
                .add("count", (x, a) -> CellValue.count(a.count()))
                .add("activeMinutes", (x, a) -> minutes(a.totalActive()));
        Function<ShiftReport, List<AlarmClassCount>> rows = r -> alarms.apply(r) == null ? List.of()
                : alarms.apply(r).byClass();
        return new CatalogTable<>(name, r -> rows.apply(r).size(), r -> rows.apply(r).stream(), c.list(), null);
    }

    static CatalogTable<AlarmSummary> alarms(String name, boolean longest) {
        var c = new CatalogTable.Columns<AlarmSummary>()
                .add("number", (x, a) -> new CellValue.Number(a.alarmNumber(), "0"))
                .add("text", (x, a) -> new CellValue.Text(a.text()))
                .add("class", (x, a) -> new CellValue.Text(a.alarmClass()))
                .add("count", (x, a) -> CellValue.count(a.count()))
                .add("longestMinutes", (x, a) -> minutes(a.longest()))
                .add("activeMinutes", (x, a) -> minutes(a.totalActive()))
                .time("firstRaised", (x, a) -> a.firstRaised());
        return new CatalogTable<>(name,
                r -> (longest ? r.alarms().longest() : r.alarms().mostFrequent()).size(),
                r -> (longest ? r.alarms().longest() : r.alarms().mostFrequent()).stream(), c.list(), null);
    }

    /** A reason code: a number where the archive's code is one (WinCC codes are), else its text. */
    static CellValue code(String code) {
        try {
            return new CellValue.Number(Long.parseLong(code.trim()), "0");
        } catch (NumberFormatException e) {
            return new CellValue.Text(code);
        }
    }

    static CellValue minutes(Duration duration) {
        return CellValue.number(duration.toMillis() / 60_000.0, NumberPatterns.MINUTES);
    }

    static Optional<String> unitOf(ShiftReport report, String tag) {
        return report.shifts().stream().flatMap(s -> s.statistics().stream()).filter(t -> t.tag().equals(tag))
                .map(t -> t.unit()).findFirst();
    }
}
