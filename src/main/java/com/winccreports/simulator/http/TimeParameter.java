package com.winccreports.simulator.http;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses the times clients send: ISO-8601 with {@code Z}, with an offset, or without a zone (= UTC). */
public final class TimeParameter {

    private TimeParameter() {
    }

    /** Epoch milliseconds, or null when {@code raw} is null or empty; 400 naming {@code name} if unparseable. */
    public static Long millis(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.trim();
        try {
            return OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).toEpochMilli();
            } catch (DateTimeParseException e2) {
                throw ApiException.badParameter(name, "is not an ISO-8601 time: '" + raw + "'");
            }
        }
    }

    public static Instant instant(String name, String raw) {
        Long millis = millis(name, raw);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
