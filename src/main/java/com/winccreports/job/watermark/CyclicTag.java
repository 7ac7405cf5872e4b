package com.winccreports.job.watermark;

import java.time.Duration;
import java.util.Objects;

/** A cyclically logged tag whose newest archived value tells how far its archive has caught up. */
public record CyclicTag(String archive, String tag, Duration cycle) {

    public CyclicTag {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(cycle, "cycle");
        if (cycle.isNegative() || cycle.isZero()) {
            throw new IllegalArgumentException("cycle of " + tag + " must be positive: " + cycle);
        }
    }
}
