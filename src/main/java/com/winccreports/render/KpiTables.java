package com.winccreports.render;

import com.winccreports.report.KpiTrendPoint;
import com.winccreports.report.ShiftResult;
import com.winccreports.shift.kpi.ElementValue;
import com.winccreports.shift.kpi.KpiElement;
import com.winccreports.shift.kpi.KpiResult;
import java.util.stream.Stream;

/** The catalog's tables of shifts and KPIs: {@code shifts}, {@code kpis}, {@code periodKpis}, {@code kpiInputs}, {@code shiftTrend}. */
final class KpiTables {

    private KpiTables() {
    }

    /** An input of a KPI of a shift. */
    record Input(ShiftResult shift, KpiResult kpi, ElementValue value) implements PerShift {
    }

    static CatalogTable<ShiftResult> shifts() {
        var c = new CatalogTable.Columns<ShiftResult>()
                .add("name", (x, s) -> new CellValue.Text(s.shift().name()))
                .add("label", (x, s) -> new CellValue.Text(s.shift().label()))
                .add("crew", (x, s) -> new CellValue.Text(s.shift().crew()))
                .time("start", (x, s) -> s.shift().start())
                .time("end", (x, s) -> s.shift().end())
                .add("hours", (x, s) -> CellValue.number(s.shift().duration().toSeconds() / 3600.0,
                        NumberPatterns.HOURS))
                .add("good", (x, s) -> element(s, KpiElement.GOOD_QUANTITY))
                .add("scrap", (x, s) -> element(s, KpiElement.SCRAP_QUANTITY))
                .add("produced", (x, s) -> element(s, KpiElement.PRODUCED_QUANTITY))
                .add("plannedStopMinutes", (x, s) -> s.plannedStops() == null ? CellValue.MISSING
                        : minutes(s.plannedStops().plannedStopTime()))
                .add("plannedStopRunningMinutes", (x, s) -> s.plannedStops() == null
                        || s.plannedStops().runningTime() == null ? CellValue.MISSING
                        : minutes(s.plannedStops().runningTime()))
                .add("plannedStopProduced", (x, s) -> s.plannedStops() == null ? CellValue.MISSING
                        : CellValue.count(s.plannedStops().producedQuantity()))
                .add("plannedStopGood", (x, s) -> s.plannedStops() == null ? CellValue.MISSING
                        : CellValue.count(s.plannedStops().goodQuantity()))
                .add("plannedStopProduction", (x, s) -> s.plannedStops() == null ? CellValue.MISSING
                        : x.yesNo(s.plannedStops().flagged()))
                .add("incomplete", (x, s) -> x.yesNo(s.incomplete()));
        return new CatalogTable<>("shifts", r -> r.shifts().size(), r -> r.shifts().stream(), c.list(),
                KpiTables::shiftKpiColumn);
    }

    /** {@code kpi.<key>}: the shift's value of that KPI. */
    private static CatalogColumn<ShiftResult> shiftKpiColumn(String name) {
        if (!name.startsWith("kpi.") || name.length() == 4) {
            return null;
        }
        String key = name.substring("kpi.".length());
        return new CatalogColumn<>(name, (x, s) -> s.kpi(key).map(k -> value(x, k)).orElse(CellValue.MISSING));
    }

    private static CellValue minutes(java.time.Duration duration) {
        return CellValue.number(duration.toMillis() / 60_000.0, NumberPatterns.MINUTES);
    }

    private static CellValue element(ShiftResult shift, KpiElement element) {
        return shift.element(element).map(v -> CellValue.count(v.value())).orElse(CellValue.MISSING);
    }

    static CatalogTable<ShiftRow<KpiResult>> kpis() {
        return new CatalogTable<>("kpis", r -> r.shifts().stream().mapToInt(s -> s.kpis().size()).sum(),
                r -> r.shifts().stream().flatMap(s -> s.kpis().stream().map(k -> new ShiftRow<>(s, k))),
                kpiColumns().list(), null);
    }

    static CatalogTable<ShiftRow<KpiResult>> periodKpis() {
        return new CatalogTable<>("periodKpis", r -> r.periodKpis().size(),
                r -> r.periodKpis().stream().map(k -> new ShiftRow<>(null, k)), kpiColumns().list(), null);
    }

    private static CatalogTable.Columns<ShiftRow<KpiResult>> kpiColumns() {
        return new CatalogTable.Columns<ShiftRow<KpiResult>>()
                .add("shift", (x, r) -> new CellValue.Text(r.label(x)))
                .add("key", (x, r) -> new CellValue.Text(r.item().id()))
                .add("name", (x, r) -> new CellValue.Text(x.kpiName(r.item())))
                .add("value", (x, r) -> value(x, r.item()))
                .add("unit", (x, r) -> new CellValue.Text(NumberPatterns.displayUnit(r.item().unit())))
                .add("target", (x, r) -> r.item().target() == null ? CellValue.MISSING
                        : CellValue.number(r.item().target(), pattern(x, r.item())))
                .add("deviation", (x, r) -> r.item().target() == null ? CellValue.MISSING
                        : CellValue.number(r.item().value() - r.item().target(), pattern(x, r.item())))
                .add("status", (x, r) -> new CellValue.Status(r.item().status()))
                .add("formula", (x, r) -> new CellValue.Text(r.item().formula()))
                .add("calculation", (x, r) -> new CellValue.Text(r.item().calculation()))
                .add("note", (x, r) -> new CellValue.Text(r.item().note()))
                .add("coverage", (x, r) -> CellValue.number(r.item().coverage(), NumberPatterns.SHARE))
                .add("incomplete", (x, r) -> x.yesNo(r.item().incomplete()));
    }

    /** A KPI's value in the pattern of its unit (a ratio as a percentage). */
    static CellValue value(CatalogContext context, KpiResult kpi) {
        return CellValue.number(kpi.value(), pattern(context, kpi));
    }

    static String pattern(CatalogContext context, KpiResult kpi) {
        return NumberPatterns.forUnit(kpi.unit(), context.messages());
    }

    static CatalogTable<Input> kpiInputs() {
        var c = new CatalogTable.Columns<Input>()
                .add("shift", (x, i) -> new CellValue.Text(x.shiftLabel(i.shift())))
                .add("kpi", (x, i) -> new CellValue.Text(x.kpiName(i.kpi())))
                .add("formula", (x, i) -> new CellValue.Text(i.kpi().formula()))
                .add("calculation", (x, i) -> new CellValue.Text(i.kpi().calculation()))
                .add("input", (x, i) -> new CellValue.Text(i.value().element().id()))
                .add("symbol", (x, i) -> new CellValue.Text(i.value().element().abbreviation()))
                .add("value", (x, i) -> CellValue.number(i.value().value(),
                        NumberPatterns.forUnit(i.value().element().unit(), x.messages())))
                .add("unit", (x, i) -> new CellValue.Text(i.value().element().unit()))
                .add("source", (x, i) -> new CellValue.Text(i.value().source()))
                .add("coverage", (x, i) -> CellValue.number(i.value().coverage(), NumberPatterns.SHARE));
        return new CatalogTable<>("kpiInputs",
                r -> r.shifts().stream().flatMap(s -> s.kpis().stream()).mapToInt(k -> k.inputs().size()).sum(),
                r -> r.shifts().stream().flatMap(KpiTables::inputs), c.list(), null);
    }

    private static Stream<Input> inputs(ShiftResult shift) {
        return shift.kpis().stream().flatMap(k -> k.inputs().stream().map(v -> new Input(shift, k, v)));
    }

    static CatalogTable<KpiTrendPoint> shiftTrend() {
        var c = new CatalogTable.Columns<KpiTrendPoint>()
                .add("kpi", (x, p) -> new CellValue.Text(x.kpiName(p.kpiKey())))
                .add("day", (x, p) -> new CellValue.Day(p.productionDay()))
                .add("shift", (x, p) -> new CellValue.Text(p.shiftName()))
                .add("label", (x, p) -> new CellValue.Text(p.shiftLabel()))
                .time("start", (x, p) -> p.start())
                .add("value", (x, p) -> CellValue.number(p.value(), NumberPatterns.forUnit(
                        x.report().periodKpi(p.kpiKey()).map(KpiResult::unit).orElse(""), x.messages())));
        return new CatalogTable<>("shiftTrend", r -> r.shiftTrend().size(), r -> r.shiftTrend().stream(), c.list(),
                null);
    }
}
