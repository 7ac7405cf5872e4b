package com.winccreports.shift.kpi;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The element values of one shift (mapped or derived), its downtime Pareto and what happened in its planned
 * stops; what {@link KpiCalculator#calculate(KpiInputs)} works on. Build with {@link KpiInputsResolver} or,
 * in tests, with {@link #of(Map)}.
 *
 * @param plannedStops running time and units in the planned stops; {@code null} without planned stops
 */
public record KpiInputs(Map<KpiElement, ElementValue> values, List<DowntimeReasonShare> downtimeByReason,
        PlannedStopActivity plannedStops) {

    public KpiInputs {
        values = values.isEmpty() ? Map.of() : new EnumMap<>(values);
        downtimeByReason = downtimeByReason == null ? List.of() : List.copyOf(downtimeByReason);
    }

    public KpiInputs(Map<KpiElement, ElementValue> values, List<DowntimeReasonShare> downtimeByReason) {
        this(values, downtimeByReason, null);
    }

    /** Inputs from plain numbers, each complete (coverage 1), no Pareto. */
    public static KpiInputs of(Map<KpiElement, Double> numbers) {
        Map<KpiElement, ElementValue> m = new EnumMap<>(KpiElement.class);
        numbers.forEach((k, v) -> m.put(k, new ElementValue(k, v, 1.0, "given")));
        return new KpiInputs(m, List.of());
    }

    public ElementValue get(KpiElement e) {
        return values.get(e);
    }

    public boolean has(KpiElement e) {
        return values.containsKey(e);
    }
}
