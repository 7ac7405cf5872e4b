package com.winccreports.report;

import java.time.Duration;
import java.util.Objects;

/**
 * Downtime of one reason in one shift (or summed over the period for the Pareto).
 *
 * @param code        reason code as archived ({@code DowntimeReason} tag)
 * @param label       reason text in the report's language
 * @param duration    total time down for this reason
 * @param occurrences number of separate stops
 */
public record DowntimeReason(String code, String label, Duration duration, int occurrences) {

    public DowntimeReason {
        Objects.requireNonNull(code, "code");
        label = label == null || label.isBlank() ? code : label;
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || occurrences < 0) {
            throw new IllegalArgumentException("downtime " + code + " must not be negative");
        }
    }

    DowntimeReason plus(DowntimeReason other) {
        return new DowntimeReason(code, label, duration.plus(other.duration), occurrences + other.occurrences);
    }
}
