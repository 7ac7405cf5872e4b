package com.winccreports.report;

import java.util.Objects;

/**
 * One input of a KPI formula, as it entered the calculation.
 *
 * @param name            symbol used in the formula text, e.g. {@code runTime}
 * @param value           value used (NaN when it could not be determined)
 * @param unit            unit of the value, empty when dimensionless
 * @param source          where it came from, e.g. a tag name or {@code BatchRecords.PlannedQty}
 * @param coveragePercent share of the shift the source had good data for, 0–100 (NaN if not applicable)
 */
public record KpiInput(String name, double value, String unit, String source, double coveragePercent) {

    public KpiInput {
        Objects.requireNonNull(name, "name");
        unit = unit == null ? "" : unit;
        source = source == null ? "" : source;
    }
}
