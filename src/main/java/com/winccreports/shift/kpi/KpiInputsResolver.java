package com.winccreports.shift.kpi;

import static com.winccreports.shift.kpi.KpiElement.*;

import com.winccreports.shift.aggregate.Aggregate;
import com.winccreports.shift.aggregate.TagStatistics;
import com.winccreports.shift.calendar.ShiftInstance;
import com.winccreports.shift.calendar.ShiftPart;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a job's element mapping into the element values of one window (a shift or a period): reads tag
 * aggregates — additive ones over planned busy time only (see {@link KpiWindow}) — sums user-archive fields
 * over the batches allocated to the window, takes constants and calendar times, and derives what is not
 * mapped: PBT from the plan, PQ = GQ + SQ (or GQ = PQ − SQ), AUBT = APT + AUST + ADET. What happened in the
 * planned stops is resolved too, as {@link PlannedStopActivity}.
 */
public final class KpiInputsResolver {

    private final KpiMapping spec;

    public KpiInputsResolver(KpiMapping spec) {
        this.spec = spec;
    }

    /**
     * A shift from whole-shift statistics (they stand for its busy time: see {@link KpiWindow#byPart()}).
     *
     * @param shift   the shift (its UTC interval and planned breaks)
     * @param tags    statistics per tag name over exactly this shift
     * @param records batches overlapping the shift and the recipe table
     */
    public KpiInputs resolve(ShiftInstance shift, Map<String, TagStatistics> tags, ProductionRecords records) {
        return resolve(KpiWindow.of(shift, tags), records);
    }

    /** The element values of a window, its downtime Pareto (over busy time) and its planned-stop activity. */
    public KpiInputs resolve(KpiWindow window, ProductionRecords records) {
        Map<KpiElement, ElementValue> values = new EnumMap<>(KpiElement.class);
        for (KpiElement e : KpiElement.values()) {
            spec.source(e).ifPresent(src -> values.put(e, resolve(e, src, window, records)));
        }
        values.computeIfAbsent(PLANNED_BUSY_TIME, e -> calendar(e, breaksAreBusy()
                ? ElementSource.CalendarQuantity.SHIFT_DURATION : ElementSource.CalendarQuantity.PLANNED_BUSY_TIME,
                window));
        derive(values);
        String reasonTag = spec.options().downtimeReasonTag().orElse(null);
        List<DowntimeReasonShare> pareto = reasonTag != null && window.has(reasonTag)
                ? DowntimePareto.of(window.over(reasonTag, true, breaksAreBusy()), spec.options().noDowntimeReason())
                : List.of();
        return new KpiInputs(values, pareto, plannedStops(window));
    }

    private boolean breaksAreBusy() {
        return spec.options().plannedStopsIncluded();
    }

    private static void derive(Map<KpiElement, ElementValue> values) {
        if (!values.containsKey(PRODUCED_QUANTITY) && values.containsKey(GOOD_QUANTITY) && values.containsKey(SCRAP_QUANTITY)) {
            values.put(PRODUCED_QUANTITY, combine(PRODUCED_QUANTITY, 1, values.get(GOOD_QUANTITY), values.get(SCRAP_QUANTITY)));
        }
        if (!values.containsKey(GOOD_QUANTITY) && values.containsKey(PRODUCED_QUANTITY) && values.containsKey(SCRAP_QUANTITY)) {
            values.put(GOOD_QUANTITY, combine(GOOD_QUANTITY, -1, values.get(PRODUCED_QUANTITY), values.get(SCRAP_QUANTITY)));
        }
        if (!values.containsKey(ACTUAL_UNIT_BUSY_TIME) && values.containsKey(ACTUAL_PRODUCTION_TIME)
                && values.containsKey(ACTUAL_UNIT_SETUP_TIME) && values.containsKey(ACTUAL_UNIT_DELAY_TIME)) {
            values.put(ACTUAL_UNIT_BUSY_TIME, combine(ACTUAL_UNIT_BUSY_TIME, 1, values.get(ACTUAL_PRODUCTION_TIME),
                    values.get(ACTUAL_UNIT_SETUP_TIME), values.get(ACTUAL_UNIT_DELAY_TIME)));
        }
    }

    private ElementValue resolve(KpiElement e, ElementSource src, KpiWindow window, ProductionRecords records) {
        ElementValue v;
        if (src instanceof ElementSource.TagAggregate tag) {
            v = fromTag(e, tag, window, true);
        } else if (src instanceof ElementSource.UserArchiveField field) {
            v = new UserArchiveElements(spec).resolve(e, field, window, records);
        } else if (src instanceof ElementSource.Constant constant) {
            v = new ElementValue(e, constant.value(), 1.0, "constant " + constant.value()
                    + constant.unit().map(unit -> " " + unit).orElse(""));
        } else {
            v = calendar(e, ((ElementSource.CalendarTime) src).quantity(), window);
        }
        return scaled(v, src);
    }

    private static ElementValue scaled(ElementValue v, ElementSource src) {
        double k = src.scale();
        return k == 1.0 ? v : new ElementValue(v.element(), v.value() * k, v.coverage(), v.source() + " × " + k);
    }

    /** A tag aggregate: additive ones over the busy (or, {@code busy} false, the stopped) parts, others whole. */
    private ElementValue fromTag(KpiElement e, ElementSource.TagAggregate src, KpiWindow window, boolean busy) {
        String where = src.tag() + " " + src.aggregate().id()
                + (src.stateCodes().isEmpty() ? "" : " " + src.stateCodes());
        if (!window.has(src.tag())) {
            return ElementValue.missing(e, where + ": no data");
        }
        Aggregate agg = src.aggregate();
        if (agg.additive()) {
            List<TagStatistics> parts = window.over(src.tag(), busy, breaksAreBusy());
            return new ElementValue(e, agg.sum(parts, src.stateCodes()), agg.coverage(parts), where);
        }
        TagStatistics stats = window.whole().get(src.tag());
        return new ElementValue(e, agg.read(stats, src.stateCodes()), agg.coverage(stats), where);
    }

    /** Running time and units in the planned stops, or {@code null} when the window has none. */
    private PlannedStopActivity plannedStops(KpiWindow window) {
        Duration stopped = window.parts().stream().filter(p -> !p.busy(breaksAreBusy())).map(ShiftPart::duration)
                .reduce(Duration.ZERO, Duration::plus);
        if (stopped.isZero()) {
            return null;
        }
        Map<KpiElement, ElementValue> values = new EnumMap<>(KpiElement.class);
        for (KpiElement e : List.of(ACTUAL_PRODUCTION_TIME, PRODUCED_QUANTITY, GOOD_QUANTITY, SCRAP_QUANTITY)) {
            if (spec.source(e).orElse(null) instanceof ElementSource.TagAggregate src && src.aggregate().additive()) {
                values.put(e, scaled(fromTag(e, src, window, false), src));
            }
        }
        derive(values);
        return new PlannedStopActivity(stopped, value(values, ACTUAL_PRODUCTION_TIME), value(values, PRODUCED_QUANTITY),
                value(values, GOOD_QUANTITY));
    }

    private static double value(Map<KpiElement, ElementValue> values, KpiElement e) {
        ElementValue v = values.get(e);
        return v == null ? Double.NaN : v.value();
    }

    /** Calendar times from the window's plan: planned busy time, shift time (busy + breaks), break time. */
    private static ElementValue calendar(KpiElement e, ElementSource.CalendarQuantity what, KpiWindow window) {
        Duration d = switch (what) {
            case SHIFT_DURATION -> window.busyTime(true);
            case PLANNED_BREAK_TIME -> window.time(ShiftPart.Kind.BREAK);
            case PLANNED_BUSY_TIME -> window.busyTime(false);
        };
        return new ElementValue(e, d.toMillis() / 1000.0, 1.0, "calendar " + what.id());
    }

    /** The sum ({@code sign} 1) of the parts, or the first minus the others ({@code sign} −1). */
    private static ElementValue combine(KpiElement e, int sign, ElementValue... parts) {
        double v = 0;
        double coverage = 1;
        StringBuilder src = new StringBuilder();
        for (ElementValue p : parts) {
            v += src.length() == 0 ? p.value() : sign * p.value();
            coverage = Math.min(coverage, p.coverage());
            src.append(src.length() == 0 ? "" : sign > 0 ? " + " : " − ").append(p.element().abbreviation());
        }
        return new ElementValue(e, v, coverage, String.format(Locale.ROOT, "derived %s", src));
    }
}
