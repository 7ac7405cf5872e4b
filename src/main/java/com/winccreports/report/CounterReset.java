package com.winccreports.report;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A counter that went backwards and how the aggregation treated it.
 *
 * @param tag    counter tag
 * @param at     when, with offset
 * @param before last value before
 * @param after  first value after
 * @param kind   {@code ROLLOVER} (wrapped at its modulus) or {@code RESET} (set back to zero)
 */
public record CounterReset(String tag, OffsetDateTime at, double before, double after, Kind kind) {

    /** How a backwards step of a counter was interpreted. */
    public enum Kind { ROLLOVER, RESET }

    public CounterReset {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
    }
}
