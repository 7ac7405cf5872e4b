package com.winccreports.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A KPI value of one earlier (or the current) shift, for the shift-over-shift trend.
 *
 * @param kpiKey        KPI key, e.g. {@code oee}
 * @param productionDay production day of the shift
 * @param shiftName     shift name, e.g. {@code Early}
 * @param shiftLabel    short label for the axis, e.g. {@code 24.10. Früh}
 * @param start         shift start with offset
 * @param value         KPI value (NaN when not computed)
 */
public record KpiTrendPoint(String kpiKey, LocalDate productionDay, String shiftName, String shiftLabel,
        OffsetDateTime start, double value) {

    public KpiTrendPoint {
        Objects.requireNonNull(kpiKey, "kpiKey");
        Objects.requireNonNull(productionDay, "productionDay");
        Objects.requireNonNull(shiftName, "shiftName");
        shiftLabel = shiftLabel == null || shiftLabel.isBlank() ? shiftName : shiftLabel;
        Objects.requireNonNull(start, "start");
    }
}
