package com.winccreports.wincc;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The {@code Retry-After} header: delay seconds or an HTTP date. */
final class RetryAfter {

    private RetryAfter() {
    }

    /** Nanoseconds the server asked to wait; 0 if absent or unreadable. */
    static long nanos(Optional<String> header) {
        return header.map(String::trim).map(RetryAfter::parse).orElse(0L);
    }

    private static long parse(String value) {
        try {
            return Math.max(0, Long.parseLong(value)) * 1_000_000_000L;
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Math.max(0, at.toEpochMilli() - System.currentTimeMillis()) * 1_000_000L;
            } catch (DateTimeParseException unreadable) {
                return 0;
            }
        }
    }
}
