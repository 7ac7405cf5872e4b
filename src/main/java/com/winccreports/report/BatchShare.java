package com.winccreports.report;

import java.util.Objects;

/**
 * The part of a batch that ran in one shift (the job's {@code batchAllocation} rule).
 *
 * @param batchId  the batch
 * @param fraction share of the batch's quantities allocated to this shift, 0–1
 * @param good     good quantity allocated to the shift (NaN when the batch's good quantity is not mapped)
 * @param scrap    scrap quantity allocated to the shift (NaN when not mapped)
 */
public record BatchShare(String batchId, double fraction, double good, double scrap) {

    public BatchShare {
        Objects.requireNonNull(batchId, "batchId");
        if (fraction < 0 || fraction > 1.000_001) {
            throw new IllegalArgumentException("share of batch " + batchId + " must be within 0..1: " + fraction);
        }
    }
}
