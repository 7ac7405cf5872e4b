package com.winccreports.report;

import java.util.List;
import java.util.Objects;

/**
 * A KPI of a shift or of the whole period, with what is needed to explain it.
 *
 * <p>Percent KPIs carry {@code unit "%"} and values 0–100; renderers turn them into real percentages.
 *
 * @param key        stable key used by templates, e.g. {@code oee} ({@code ${kpi.oee}})
 * @param name       display name in the report's language, e.g. {@code OEE}
 * @param value      the result; NaN when it could not be computed
 * @param unit       unit, {@code "%"} for percentages, empty when dimensionless
 * @param target     target value; NaN when none is defined
 * @param status     traffic light against the target
 * @param formula    formula text as defined, e.g. {@code availability × performance × quality}
 * @param inputs     inputs with their values and coverage
 * @param incomplete true when an input lacked data (coverage below the job's threshold, late data)
 * @param outOfRange true when the value lies outside the KPI's physical range (a ratio outside 0–100 %, a
 *                   negative time): a data problem, never a result to compare with the target
 * @param note       why the value is incomplete, out of range or capped, in plain words; empty when none
 */
public record KpiResult(String key, String name, double value, String unit, double target, TrafficLight status,
        String formula, List<KpiInput> inputs, boolean incomplete, boolean outOfRange, String note) {

    /** A KPI in its physical range, without a note. */
    public KpiResult(String key, String name, double value, String unit, double target, TrafficLight status,
            String formula, List<KpiInput> inputs, boolean incomplete) {
        this(key, name, value, unit, target, status, formula, inputs, incomplete, false, null);
    }

    public KpiResult {
        Objects.requireNonNull(key, "key");
        name = name == null || name.isBlank() ? key : name;
        unit = unit == null ? "" : unit;
        status = status == null ? TrafficLight.NONE : status;
        formula = formula == null ? "" : formula;
        inputs = List.copyOf(inputs == null ? List.of() : inputs);
        note = note == null ? "" : note;
        status = outOfRange ? TrafficLight.NONE : status;
    }

    public boolean hasValue() {
        return !Double.isNaN(value);
    }

    public boolean hasTarget() {
        return !Double.isNaN(target);
    }

    public boolean isPercent() {
        return "%".equals(unit);
    }
}
