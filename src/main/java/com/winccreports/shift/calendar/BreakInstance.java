package com.winccreports.shift.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

/** A planned break of a concrete shift: UTC instants and local wall time. */
public record BreakInstance(String label, Instant start, Instant end, LocalDateTime localStart,
                            LocalDateTime localEnd) {

    /** Real (elapsed) duration. */
    public Duration duration() {
        return Duration.between(start, end);
    }
}
