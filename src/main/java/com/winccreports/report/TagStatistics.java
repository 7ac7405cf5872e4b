package com.winccreports.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Statistics of one tag over one shift. Values that do not apply (no limits, no good values) are NaN,
 * instants null.
 *
 * @param tag                  tag name, e.g. {@code L1.Temperature}
 * @param description          description in the report's language
 * @param unit                 engineering unit, empty when dimensionless
 * @param average              time-weighted average over good values
 * @param min                  minimum good value
 * @param minAt                when the minimum occurred (null if none)
 * @param max                  maximum good value
 * @param maxAt                when the maximum occurred (null if none)
 * @param count                number of archived values in the shift
 * @param coveragePercent      share of the shift with good data, 0–100
 * @param lowerLimit           lower specification/alarm limit, NaN if none
 * @param upperLimit           upper limit, NaN if none
 * @param timeOutsideLimits    time the value spent outside the limits
 * @param cp                   process capability Cp, NaN if not computed
 * @param cpk                  process capability Cpk, NaN if not computed
 * @param averageAllValues     time-weighted average over every archived value as it is, quality and gaps
 *                             ignored (OPC UA's raw variant): what a simple script over the archive prints
 * @param kind                 {@code analog} or {@code setpoint} (counters and states have records of their own)
 * @param aggregates           the statistics the job lists for this tag, in its order: aggregate name (as in
 *                             docs/kpis.md, e.g. {@code timeAverage}, {@code integralHours}) → value; NaN: none
 */
public record TagStatistics(String tag, String description, String unit, double average, double min, Instant minAt,
        double max, Instant maxAt, long count, double coveragePercent, double lowerLimit, double upperLimit,
        Duration timeOutsideLimits, double cp, double cpk, double averageAllValues, String kind,
        Map<String, Double> aggregates) {

    /** Statistics without the job's aggregate list (an analog tag). */
    public TagStatistics(String tag, String description, String unit, double average, double min, Instant minAt,
            double max, Instant maxAt, long count, double coveragePercent, double lowerLimit, double upperLimit,
            Duration timeOutsideLimits, double cp, double cpk, double averageAllValues) {
        this(tag, description, unit, average, min, minAt, max, maxAt, count, coveragePercent, lowerLimit, upperLimit,
                timeOutsideLimits, cp, cpk, averageAllValues, "analog", null);
    }

    public TagStatistics {
        Objects.requireNonNull(tag, "tag");
        description = description == null ? "" : description;
        unit = unit == null ? "" : unit;
        timeOutsideLimits = timeOutsideLimits == null ? Duration.ZERO : timeOutsideLimits;
        kind = kind == null ? "analog" : kind;
        aggregates = aggregates == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(aggregates));
        if (count < 0) {
            throw new IllegalArgumentException("count of " + tag + " must not be negative: " + count);
        }
    }

    public boolean hasLimits() {
        return !Double.isNaN(lowerLimit) || !Double.isNaN(upperLimit);
    }
}
