package com.winccreports.wincc;

import java.time.Duration;
import java.time.Instant;

/**
 * The value in force at an instant (a window's start) — what time-weighted statistics and on-change
 * tags need — found by the {@code timeTo}-only query with {@code maxValues=1} (docs/wincc-rest.md §3).
 */
public sealed interface BoundingValue {

    String tag();

    /** The latest value at or before the instant, within the look-back. */
    record Found(String tag, long timestampMillis, double value, int quality) implements BoundingValue {
    }

    /** No value within the look-back before {@code at}: that time is uncovered and must be reported so. */
    record NoneFound(String tag, Instant at, Duration lookBack) implements BoundingValue {
    }

    /** The server reported a per-item error for the tag. */
    record TagError(String tag, String message) implements BoundingValue {
    }
}
