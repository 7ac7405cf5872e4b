package com.winccreports.shift.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One record of the batch user archive ({@code BatchRecords}) as the job's field mapping reads it: the
 * named fields a report shows, and every numeric field by its archive name (e.g. {@code ReworkQty}) for the
 * KPI elements that draw on it. Quantities a mapping leaves out are NaN.
 *
 * @param batchId  batch id
 * @param product  product (empty when not mapped)
 * @param recipe   recipe (empty when not mapped)
 * @param start    start
 * @param end      end; {@code null} while the batch is still running (it is then allocated up to the shift end)
 * @param operator operator (empty when not mapped)
 * @param planned  planned quantity, NaN when not mapped
 * @param good     good quantity, NaN when not mapped
 * @param scrap    scrap quantity, NaN when not mapped
 * @param rework   rework quantity, NaN when not mapped
 * @param fields   numeric fields by archive field name
 */
public record BatchRecord(String batchId, String product, String recipe, Instant start, Instant end, String operator,
        double planned, double good, double scrap, double rework, Map<String, Double> fields) {

    public BatchRecord {
        Objects.requireNonNull(batchId, "batchId");
        product = product == null ? "" : product;
        recipe = recipe == null ? "" : recipe;
        operator = operator == null ? "" : operator;
        // in name order: Map.copyOf iterates in an order that changes from JVM to JVM, and the staged results
        // (and everything compared across a crash and its restart) must not
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(fields));
    }

    /** A record known by its numeric fields only (quantities not mapped). */
    public BatchRecord(String batchId, String recipe, Instant start, Instant end, Map<String, Double> fields) {
        this(batchId, "", recipe, start, end, "", Double.NaN, Double.NaN, Double.NaN, Double.NaN, fields);
    }

    public double field(String name) {
        Double v = fields.get(name);
        return v == null ? Double.NaN : v;
    }

    public boolean running() {
        return end == null;
    }

    /** Run time, or null while running. */
    public Duration duration() {
        return end == null || start == null ? null : Duration.between(start, end);
    }
}
