package com.winccreports.shift.aggregate;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How the shift engine reads and aggregates one tag: what it measures, how values between samples are read,
 * how long a sample stays valid, its specification limits and counter rollover, and the labels of its state
 * codes. Built from a site file's {@code tags:} entry by the definitions (which keep where WinCC archives the
 * tag); every value is set, an absent limit or rollover is an empty optional.
 *
 * @param tagKind         what the tag measures
 * @param interpolationMode how the value between two samples is read
 * @param validityMillis  how long a sample stays valid; {@link Long#MAX_VALUE} when gaps cannot be told
 * @param lowerSpecLimit  lower specification limit (LSL) for time outside limits and Cp/Cpk
 * @param upperSpecLimit  upper specification limit (USL)
 * @param rollover        a counter wraps to 0 when reaching this value (e.g. 65536)
 * @param states          labels of state codes (also downtime-reason codes)
 * @param unit            engineering unit shown in reports
 * @param description     text shown in reports
 */
public record TagProfile(TagKind tagKind, Interpolation interpolationMode, long validityMillis,
                         OptionalDouble lowerSpecLimit, OptionalDouble upperSpecLimit, OptionalDouble rollover,
                         Map<Integer, String> states, Optional<String> unit, Optional<String> description) {

    public TagProfile {
        Objects.requireNonNull(tagKind, "tagKind");
        Objects.requireNonNull(interpolationMode, "interpolationMode");
        Objects.requireNonNull(lowerSpecLimit, "lowerSpecLimit");
        Objects.requireNonNull(upperSpecLimit, "upperSpecLimit");
        Objects.requireNonNull(rollover, "rollover");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        states = Map.copyOf(states);
    }

    /** A profile without limits, rollover, labels or texts; {@code validity} null: gaps cannot be told. */
    public static TagProfile of(TagKind kind, Interpolation interpolation, Duration validity) {
        return new TagProfile(kind, interpolation, validity == null ? Long.MAX_VALUE : validity.toMillis(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), Map.of(), Optional.empty(),
                Optional.empty());
    }

    /** The interpolation a kind has unless a site says otherwise: linear for analog, stepped for the rest. */
    public static Interpolation defaultInterpolation(TagKind kind) {
        return kind == TagKind.ANALOG ? Interpolation.LINEAR : Interpolation.STEPPED;
    }

    /** Copy with specification limits. */
    public TagProfile withSpecLimits(double lower, double upper) {
        return new TagProfile(tagKind, interpolationMode, validityMillis, OptionalDouble.of(lower),
                OptionalDouble.of(upper), rollover, states, unit, description);
    }

    /** Copy with a counter rollover value. */
    public TagProfile withRollover(double value) {
        return new TagProfile(tagKind, interpolationMode, validityMillis, lowerSpecLimit, upperSpecLimit,
                OptionalDouble.of(value), states, unit, description);
    }

    /** Copy with labels of state codes. */
    public TagProfile withStates(Map<Integer, String> labels) {
        return new TagProfile(tagKind, interpolationMode, validityMillis, lowerSpecLimit, upperSpecLimit, rollover,
                labels, unit, description);
    }

    /** Rollover value, or NaN when the counter does not roll over. */
    public double rolloverValue() {
        return rollover.orElse(Double.NaN);
    }

    /** Lower specification limit, or NaN. */
    public double lowerLimit() {
        return lowerSpecLimit.orElse(Double.NaN);
    }

    /** Upper specification limit, or NaN. */
    public double upperLimit() {
        return upperSpecLimit.orElse(Double.NaN);
    }

    /** Label of a state code, or the code itself. */
    public String stateLabel(int code) {
        return states.getOrDefault(code, Integer.toString(code));
    }
}
