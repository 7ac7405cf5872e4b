package com.winccreports.schedule;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a due period may wait for the archive to catch up with its end.
 *
 * @param grace             longest wait, counted from the first check; zero runs at once
 * @param checkInterval     how often the watermark is asked again while waiting
 * @param reissueOnLateData after a run marked incomplete, run the period again as a new report version
 *                          once the data is complete (the first version is kept)
 */
public record CompletenessWait(Duration grace, Duration checkInterval, boolean reissueOnLateData) {

    public static final Duration DEFAULT_CHECK_INTERVAL = Duration.ofMinutes(5);

    public CompletenessWait {
        Objects.requireNonNull(grace, "grace");
        Objects.requireNonNull(checkInterval, "checkInterval");
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative: " + grace);
        }
        if (checkInterval.isNegative() || checkInterval.isZero()) {
            throw new IllegalArgumentException("checkInterval must be positive: " + checkInterval);
        }
    }

    /** Runs at once, complete or not. */
    public static CompletenessWait none() {
        return new CompletenessWait(Duration.ZERO, DEFAULT_CHECK_INTERVAL, false);
    }
}
