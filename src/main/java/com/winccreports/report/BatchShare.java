package com.winccreports.report;

import java.util.Objects;

/**
 * The part of a batch that ran in one shift.
 *
 * @param shiftName shift name
 * @param fraction  share of the batch's run time in this shift, 0–1
 * @param goodQty   good quantity allocated to the shift
 * @param scrapQty  scrap quantity allocated to the shift
 */
public record BatchShare(String shiftName, double fraction, double goodQty, double scrapQty) {

    public BatchShare {
        Objects.requireNonNull(shiftName, "shiftName");
        if (fraction < 0 || fraction > 1.000_001) {
            throw new IllegalArgumentException("share of shift " + shiftName + " must be within 0..1: " + fraction);
        }
    }
}
