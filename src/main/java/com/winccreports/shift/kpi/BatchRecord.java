package com.winccreports.shift.kpi;

import java.time.Instant;
import java.util.Map;

/**
 * One record of the batch user archive ({@code BatchRecords}), as the job reads it: numeric
 * fields by name (e.g. {@code GoodQty}, {@code ScrapQty}, {@code ReworkQty}, {@code PlannedQty}).
 *
 * @param end {@code null} while the batch is still running (it is then allocated up to the shift end)
 */
public record BatchRecord(String batchId, String recipe, Instant start, Instant end, Map<String, Double> fields) {

    public BatchRecord {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    public double field(String name) {
        Double v = fields.get(name);
        return v == null ? Double.NaN : v;
    }
}
