package com.winccreports.shift.kpi;

/**
 * The value of one KPI element for one shift, with where it came from and how complete it is.
 *
 * @param element  the element
 * @param value    value in the element's unit (seconds, units …); NaN when unknown
 * @param coverage completeness 0..1 (share of the shift with usable data, or 1 for constants)
 * @param source   human-readable origin, e.g. {@code L1.GoodCount counterTotal}
 */
public record ElementValue(KpiElement element, double value, double coverage, String source) {

    public static ElementValue missing(KpiElement element, String why) {
        return new ElementValue(element, Double.NaN, 0, why);
    }

    public boolean known() {
        return !Double.isNaN(value);
    }
}
