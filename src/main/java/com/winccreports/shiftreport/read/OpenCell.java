package com.winccreports.shiftreport.read;

import java.io.Serializable;

/**
 * Where one tag stands inside a partition between two commits: the cell being filled (its index in the
 * partition's cell list), the accumulator's snapshot, and the trend bucket being filled. Kept in the step
 * execution context, so it commits with the chunk.
 *
 * @param cell        index of the open cell
 * @param accumulator {@code SliceAccumulator.snapshot()} of the open cell, or {@code null} before its first value
 * @param bucketStart start of the open trend bucket ({@code Long.MIN_VALUE}: none)
 * @param bucketSum   sum of the usable values in the open bucket, in arrival order
 * @param bucketCount usable values in the open bucket
 */
record OpenCell(int cell, byte[] accumulator, long bucketStart, double bucketSum, long bucketCount)
        implements Serializable {

    static OpenCell first() {
        return new OpenCell(0, null, Long.MIN_VALUE, 0, 0);
    }
}
