package com.winccreports.report;

import java.time.Duration;
import java.util.Objects;

/**
 * Data quality of one tag over the period.
 *
 * @param tag                 tag name
 * @param coveragePercent     share of the period with good values, 0–100
 * @param values              number of values read
 * @param gapTime             time without any value (beyond the tag's expected cycle)
 * @param badQualityTime      time with values of bad or uncertain quality
 * @param interpolation       interpolation used to fill gaps, empty when none (e.g. {@code step}, {@code linear})
 * @param counterResets       counter resets and rollovers detected
 */
public record TagCoverage(String tag, double coveragePercent, long values, Duration gapTime, Duration badQualityTime,
        String interpolation, int counterResets) {

    public TagCoverage {
        Objects.requireNonNull(tag, "tag");
        gapTime = gapTime == null ? Duration.ZERO : gapTime;
        badQualityTime = badQualityTime == null ? Duration.ZERO : badQualityTime;
        interpolation = interpolation == null ? "" : interpolation;
    }

    public boolean interpolated() {
        return !interpolation.isEmpty();
    }
}
