package com.winccreports.report;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A span without data for one tag.
 *
 * @param tag  tag name
 * @param from gap start with offset
 * @param to   gap end with offset
 */
public record DataGap(String tag, OffsetDateTime from, OffsetDateTime to) {

    public DataGap {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public Duration duration() {
        return Duration.between(from, to);
    }
}
