package com.winccreports.shift.aggregate;

/**
 * A stretch of time {@code [start, end)} (epoch ms) during which a tag's value was not known.
 *
 * @param kind  {@link Kind#GAP} (no value for longer than the tag allows) or {@link Kind#BAD}
 *              (the value in force had bad quality)
 */
public record Stretch(Kind kind, long start, long end) {

    /** Why the value was unknown. */
    public enum Kind { GAP, BAD }

    public long millis() {
        return end - start;
    }
}
