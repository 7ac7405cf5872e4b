package com.winccreports.shift.kpi;

import java.util.List;

/**
 * One KPI of one shift, explained: the formula, the formula with the numbers put in, every input
 * with its coverage, and whether the result can be trusted.
 *
 * @param kpi         which KPI
 * @param value       the value (fraction for ratios); NaN when an input is missing
 * @param formula     e.g. {@code A = APT / PBT}
 * @param calculation e.g. {@code 22380 s / 25200 s = 0.8881}
 * @param inputs      the elements used, with coverage and source
 * @param coverage    smallest coverage of the inputs
 * @param incomplete  an input is missing or below the coverage threshold: show the value as
 *                    preliminary, not as a confident number
 * @param note        why it is incomplete, or a warning (e.g. effectiveness above 100 %)
 * @param status      traffic light against the target; {@link TrafficLight#INCOMPLETE} when incomplete
 * @param target      the target value, or {@code null}
 */
public record KpiResult(Kpi kpi, double value, String formula, String calculation, List<ElementValue> inputs,
                        double coverage, boolean incomplete, String note, TrafficLight status, Double target) {

    public KpiResult {
        inputs = List.copyOf(inputs);
    }

    public String id() {
        return kpi.id();
    }

    public String unit() {
        return kpi.unit();
    }
}
