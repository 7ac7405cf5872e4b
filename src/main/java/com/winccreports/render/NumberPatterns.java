package com.winccreports.render;

import java.util.Map;

/**
 * The number formats of the report, one per unit, written as patterns that mean the same to Excel (its number
 * format code) and to {@link java.text.DecimalFormat} (the PDF): {@code #,##0.00}, {@code 0.0 %}. A plant
 * overrides the format of a unit with {@code number.<unit>=…} in {@code messages.properties}.
 */
public final class NumberPatterns {

    /** Counts: units, events, values, stops. */
    public static final String COUNT = "#,##0";
    /** KPI ratios (fractions): 66.22 %. */
    public static final String RATIO = "0.00 %";
    /** Shares and coverage (fractions): 97.0 %. */
    public static final String SHARE = "0.0 %";
    /** Durations in minutes. */
    public static final String MINUTES = "#,##0.0";
    /** Durations in hours. */
    public static final String HOURS = "#,##0.00";
    /** Process capability and other dimensionless indices. */
    public static final String INDEX = "0.00";
    /** Values of a streamed data table (raw or per-minute values). */
    public static final String DATA = "#,##0.000";
    /** Any other measured value. */
    public static final String DECIMAL = "#,##0.00";

    private static final Map<String, String> BY_UNIT = Map.ofEntries(
            Map.entry("units", COUNT), Map.entry("unit", COUNT), Map.entry("events", COUNT), Map.entry("pcs", COUNT),
            Map.entry("s", COUNT), Map.entry("min", MINUTES), Map.entry("h", HOURS), Map.entry("ratio", RATIO),
            Map.entry("%", "#,##0.0"), Map.entry("units/h", COUNT), Map.entry("units/min", "#,##0.0"),
            Map.entry("kWh", "#,##0.0"), Map.entry("MWh", "#,##0.000"), Map.entry("kWh/unit", "#,##0.0000"),
            Map.entry("Wh/unit", "#,##0.0"), Map.entry("s/unit", "#,##0.0000"), Map.entry("bar", "#,##0.000"));

    private NumberPatterns() {
    }

    /** The pattern of a unit: the plant's {@code number.<unit>} message, else the product's default. */
    public static String forUnit(String unit, ReportMessages messages) {
        String key = "number." + (unit == null ? "" : unit);
        if (messages != null && messages.has(key)) {
            return messages.get(key);
        }
        return BY_UNIT.getOrDefault(unit == null ? "" : unit.trim(), DECIMAL);
    }

    /** True for a pattern that shows a fraction as a percentage. */
    public static boolean isPercent(String pattern) {
        return pattern.indexOf('%') >= 0;
    }

    /** Decimal places of a pattern (after its decimal point). */
    public static int decimals(String pattern) {
        int dot = pattern.indexOf('.');
        if (dot < 0) {
            return 0;
        }
        int n = 0;
        for (int i = dot + 1; i < pattern.length() && (pattern.charAt(i) == '0' || pattern.charAt(i) == '#'); i++) {
            n++;
        }
        return n;
    }

    /** The unit text printed beside a KPI value: a ratio is shown as a percentage. */
    public static String displayUnit(String unit) {
        return unit == null ? "" : "ratio".equalsIgnoreCase(unit) ? "%" : unit;
    }
}
