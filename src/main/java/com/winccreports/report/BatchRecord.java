package com.winccreports.report;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A batch from the {@code BatchRecords} user archive that overlaps the period.
 *
 * @param batchId    batch id
 * @param product    product
 * @param recipe     recipe
 * @param start      start with offset
 * @param end        end with offset; null while the batch is still running at the data cut-off
 * @param plannedQty planned quantity
 * @param goodQty    good quantity
 * @param scrapQty   scrap quantity
 * @param reworkQty  rework quantity
 * @param operator   operator (may be empty)
 * @param shares     allocation to the shifts of the period
 */
public record BatchRecord(String batchId, String product, String recipe, OffsetDateTime start, OffsetDateTime end,
        double plannedQty, double goodQty, double scrapQty, double reworkQty, String operator,
        List<BatchShare> shares) {

    public BatchRecord {
        Objects.requireNonNull(batchId, "batchId");
        product = product == null ? "" : product;
        recipe = recipe == null ? "" : recipe;
        Objects.requireNonNull(start, "start");
        operator = operator == null ? "" : operator;
        shares = List.copyOf(shares == null ? List.of() : shares);
    }

    public boolean running() {
        return end == null;
    }

    /** Run time, or null while running. */
    public Duration duration() {
        return end == null ? null : Duration.between(start, end);
    }
}
