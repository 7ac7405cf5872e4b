package com.winccreports.simulator.plant;

/**
 * A row of the {@code BatchRecords} user archive. A batch starts with its setup (changeover) and ends
 * when its planned quantity is made or the production day ends. Quantities equal the counter increments
 * over {@code [startMillis, endMillis]}: good + scrap = produced. While running, {@code endMillis} and
 * the quantities are null.
 */
public record BatchRecord(int id, String batchId, String line, String product, String recipe, long startMillis,
        Long endMillis, int plannedQty, Integer goodQty, Integer scrapQty, Integer reworkQty, String operator) {
}
