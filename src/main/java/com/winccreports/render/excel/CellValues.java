package com.winccreports.render.excel;

import com.winccreports.report.TrafficLight;

/** Typed values a template cell can receive beside numbers, strings, dates and booleans. */
final class CellValues {

    private CellValues() {
    }

    /** A percentage, stored in Excel as a fraction with a {@code %} format. */
    record Percent(double fraction) {

        static Object of(double percent) {
            return Double.isNaN(percent) ? null : new Percent(percent / 100.0);
        }
    }

    /** A traffic-light status: localized text on a green, amber or red fill. */
    record Status(TrafficLight light, String text) {
    }

    /** A number from a KPI or tag in its unit: percent units become {@link Percent}, NaN becomes empty. */
    static Object quantity(double value, String unit) {
        if (Double.isNaN(value)) {
            return null;
        }
        return "%".equals(unit) ? new Percent(value / 100.0) : (Object) value;
    }

    static Object number(double value) {
        return Double.isNaN(value) ? null : (Object) value;
    }
}
