package com.winccreports.render;

import com.winccreports.report.CounterStatistics;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.ShiftResult;
import com.winccreports.report.StateStatistics;
import com.winccreports.report.TagStatistics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The catalog's tag statistics, one table per kind of tag: analog tags and setpoints show the statistics the job
 * lists for them (minimum beside maximum, each with its time); counters what they counted (increase, rate,
 * rollovers and resets with their times); state tags the time in and entries into each state. No average of
 * state codes, no minimum or maximum of a counter's raw readings.
 */
final class StatisticsTables {

    /** Aggregates with a column of their own; any other the job lists goes to the {@code other} column. */
    private static final Map<String, String> COLUMN_OF = Map.of("timeAverage", "average", "minimum", "min",
            "maximum", "max", "count", "count", "cp", "cp", "cpk", "cpk", "timeOutsideLimits", "outsideMinutes",
            "percentGood", "coverage", "timeAverageRaw", "averageAllValues");

    private StatisticsTables() {
    }

    static CatalogTable<ShiftRow<TagStatistics>> statistics() {
        var c = tagColumns(new CatalogTable.Columns<ShiftRow<TagStatistics>>(), TagStatistics::tag,
                TagStatistics::description, TagStatistics::unit)
                .add("average", (x, r) -> listed(r.item(), "timeAverage") ? measured(x, r.item(), r.item().average())
                        : CellValue.MISSING)
                .add("min", (x, r) -> listed(r.item(), "minimum") ? measured(x, r.item(), r.item().min())
                        : CellValue.MISSING)
                .time("minAt", (x, r) -> listed(r.item(), "minimum") ? x.local(r.item().minAt()) : null)
                .add("max", (x, r) -> listed(r.item(), "maximum") ? measured(x, r.item(), r.item().max())
                        : CellValue.MISSING)
                .time("maxAt", (x, r) -> listed(r.item(), "maximum") ? x.local(r.item().maxAt()) : null)
                .add("count", (x, r) -> CellValue.count(r.item().count()))
                .add("coverage", (x, r) -> CellValue.number(r.item().coveragePercent() / 100.0, NumberPatterns.SHARE))
                .add("lowerLimit", (x, r) -> measured(x, r.item(), r.item().lowerLimit()))
                .add("upperLimit", (x, r) -> measured(x, r.item(), r.item().upperLimit()))
                .add("outsideMinutes", (x, r) -> r.item().hasLimits()
                        ? CellValue.number(r.item().timeOutsideLimits().toMillis() / 60_000.0, NumberPatterns.MINUTES)
                        : CellValue.MISSING)
                .add("cp", (x, r) -> CellValue.number(r.item().cp(), NumberPatterns.INDEX))
                .add("cpk", (x, r) -> CellValue.number(r.item().cpk(), NumberPatterns.INDEX))
                .add("averageAllValues", (x, r) -> measured(x, r.item(), r.item().averageAllValues()))
                .add("other", (x, r) -> new CellValue.Text(other(x, r.item())));
        return new CatalogTable<>("statistics", r -> r.shifts().stream().mapToInt(s -> s.statistics().size()).sum(),
                r -> r.shifts().stream().flatMap(s -> s.statistics().stream().map(t -> new ShiftRow<>(s, t))),
                c.list(), StatisticsTables::aggregateColumn);
    }

    /** The shift, tag, description and unit columns every statistics table starts with. */
    private static <T> CatalogTable.Columns<ShiftRow<T>> tagColumns(CatalogTable.Columns<ShiftRow<T>> columns,
            Function<T, String> tag, Function<T, String> description, Function<T, String> unit) {
        return columns.add("shift", (x, r) -> new CellValue.Text(r.label(x)))
                .add("tag", (x, r) -> new CellValue.Text(tag.apply(r.item())))
                .add("description", (x, r) -> new CellValue.Text(description.apply(r.item())))
                .add("unit", (x, r) -> new CellValue.Text(unit.apply(r.item())));
    }

    /** A statistic the job lists for the tag; a tag without a list (no job behind it) shows them all. */
    static boolean listed(TagStatistics tag, String aggregate) {
        return tag.aggregates().isEmpty() || tag.aggregates().containsKey(aggregate);
    }

    /** {@code aggregate.<name>}: one listed aggregate as a number of its own, for a template that wants one. */
    private static CatalogColumn<ShiftRow<TagStatistics>> aggregateColumn(String name) {
        if (!name.startsWith("aggregate.") || name.length() == "aggregate.".length()) {
            return null;
        }
        String id = name.substring("aggregate.".length());
        return new CatalogColumn<>(name, (x, r) -> {
            Double value = r.item().aggregates().get(id);
            return value == null ? CellValue.MISSING : aggregate(x, r.item(), id, value);
        });
    }

    /** The listed aggregates without a column of their own, e.g. {@code Integral: 259.65 kWh}. */
    private static String other(CatalogContext context, TagStatistics tag) {
        ReportFormats formats = context.formats();
        return tag.aggregates().entrySet().stream().filter(e -> !COLUMN_OF.containsKey(e.getKey()))
                .map(e -> context.messages().get("aggregate." + e.getKey()) + ": "
                        + formats.text(aggregate(context, tag, e.getKey(), e.getValue()))
                        + unitSuffix(tag, e.getKey()))
                .collect(Collectors.joining(" · "));
    }

    /** An aggregate's value in its own unit: durations in minutes, shares as percentages, integrals per hour. */
    private static CellValue aggregate(CatalogContext context, TagStatistics tag, String id, double value) {
        return switch (id) {
            case "count" -> CellValue.count(value);
            case "percentGood", "percentBad" -> CellValue.number(value / 100.0, NumberPatterns.SHARE);
            case "timeOutsideLimits", "gapTime" -> CellValue.number(value / 60.0, NumberPatterns.MINUTES);
            case "cp", "cpk" -> CellValue.number(value, NumberPatterns.INDEX);
            default -> measured(context, tag, value);
        };
    }

    private static String unitSuffix(TagStatistics tag, String id) {
        String unit = tag.unit();
        return switch (id) {
            case "percentGood", "percentBad", "count" -> "";
            case "timeOutsideLimits", "gapTime" -> "\u00a0min";
            case "integralHours" -> unit.isEmpty() ? "\u00a0h" : "\u00a0" + unit + "·h";
            case "integral" -> unit.isEmpty() ? "\u00a0s" : "\u00a0" + unit + "·s";
            default -> unit.isEmpty() ? "" : "\u00a0" + unit;
        };
    }

    /** A measured value in the pattern of the tag's unit. */
    static CellValue measured(CatalogContext context, TagStatistics tag, double value) {
        return CellValue.number(value, NumberPatterns.forUnit(tag.unit(), context.messages()));
    }

    static CatalogTable<ShiftRow<CounterStatistics>> counters() {
        var c = tagColumns(new CatalogTable.Columns<ShiftRow<CounterStatistics>>(), CounterStatistics::tag,
                CounterStatistics::description, CounterStatistics::unit)
                .add("increase", (x, r) -> CellValue.number(r.item().increase(),
                        NumberPatterns.forUnit(r.item().unit(), x.messages())))
                .add("rate", (x, r) -> CellValue.number(r.item().ratePerHour(),
                        NumberPatterns.forUnit(r.item().unit() + "/h", x.messages())))
                .add("rollovers", (x, r) -> CellValue.count(r.item().rollovers()))
                .add("resets", (x, r) -> CellValue.count(r.item().resets()))
                .add("events", (x, r) -> new CellValue.Text(events(x, r.item())))
                .add("coverage", (x, r) -> CellValue.number(r.item().coveragePercent() / 100.0, NumberPatterns.SHARE));
        return new CatalogTable<>("counters", r -> r.shifts().stream().mapToInt(s -> s.counters().size()).sum(),
                r -> r.shifts().stream().flatMap(s -> s.counters().stream().map(t -> new ShiftRow<>(s, t))),
                c.list(), null);
    }

    /** {@code rollover 2026-11-25 03:28 +01:00 (65,535 → 0)}: each rollover and reset with its time. */
    private static String events(CatalogContext context, CounterStatistics counter) {
        ReportFormats formats = context.formats();
        String pattern = NumberPatterns.forUnit(counter.unit(), context.messages());
        return counter.events().stream().map(e -> context.messages().get("resetKind." + e.kind().name()) + " "
                + formats.dateTime(e.at()) + " (" + formats.format(e.before(), pattern) + " → "
                + formats.format(e.after(), pattern) + ")").collect(Collectors.joining("; "));
    }

    /** One state of a state tag in one shift; {@code state} null for the time the state was unknown. */
    record StateRow(ShiftResult shift, StateStatistics tag, StateStatistics.StateDuration state) implements PerShift {
    }

    static CatalogTable<StateRow> states() {
        var c = new CatalogTable.Columns<StateRow>()
                .add("shift", (x, r) -> new CellValue.Text(x.shiftLabel(r.shift())))
                .add("tag", (x, r) -> new CellValue.Text(r.tag().tag()))
                .add("description", (x, r) -> new CellValue.Text(r.tag().description()))
                .add("state", (x, r) -> new CellValue.Text(r.state() == null ? x.messages().get("state.unknown")
                        : r.state().label()))
                .add("code", (x, r) -> r.state() == null ? CellValue.MISSING
                        : new CellValue.Number(r.state().code(), "0"))
                .add("minutes", (x, r) -> CellValue.number(time(r).toMillis() / 60_000.0, NumberPatterns.MINUTES))
                .add("share", (x, r) -> CellValue.number((double) time(r).toMillis()
                        / r.shift().shift().duration().toMillis(), NumberPatterns.SHARE))
                .add("entries", (x, r) -> r.state() == null ? CellValue.MISSING : CellValue.count(r.state().entries()));
        return new CatalogTable<>("states", r -> (int) rows(r).count(), StatisticsTables::rows, c.list(), null);
    }

    private static Duration time(StateRow row) {
        return row.state() == null ? row.tag().unknownTime() : row.state().time();
    }

    private static Stream<StateRow> rows(ShiftReport report) {
        return report.shifts().stream().flatMap(shift -> shift.states().stream().flatMap(tag -> {
            List<StateRow> rows = new ArrayList<>();
            tag.states().forEach(state -> rows.add(new StateRow(shift, tag, state)));
            if (!tag.unknownTime().isZero()) {
                rows.add(new StateRow(shift, tag, null));
            }
            return rows.stream();
        }));
    }
}
