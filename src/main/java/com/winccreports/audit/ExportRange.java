package com.winccreports.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The rows an audit-trail export holds: those recorded in {@code [from, to)}, either end open. A bound is a UTC
 * date ({@code 2026-11-01}, its midnight) or an instant ({@code 2026-11-01T06:00:00Z}). {@code label} names the
 * period folder: {@code all}, {@code 2026-11-01--2026-12-01}, {@code start--2026-12-01}, {@code 2026-11-01--end}.
 */
public record ExportRange(Instant from, Instant to, String label) {

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** The whole trail. */
    public static ExportRange all() {
        return new ExportRange(null, null, "all");
    }

    /**
     * The range of the texts a user gave (null or blank: open); an unreadable bound or {@code to} not after
     * {@code from} is an {@link InvalidRangeException} naming the parameter.
     */
    public static ExportRange of(String from, String to) {
        Instant start = bound("from", from);
        Instant end = bound("to", to);
        if (start == null && end == null) {
            return all();
        }
        if (start != null && end != null && !end.isAfter(start)) {
            throw new InvalidRangeException("to", "to (" + to.strip() + ") must be after from (" + from.strip() + ")");
        }
        return new ExportRange(start, end, part(from, start, "start") + "--" + part(to, end, "end"));
    }

    /** Whether a row recorded at {@code at} belongs to the range. */
    public boolean contains(Instant at) {
        return (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
    }

    private static Instant bound(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return value.contains("T") ? Instant.parse(value) : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRangeException(parameter, parameter + " is a date (2026-11-01) or a UTC instant "
                    + "(2026-11-01T06:00:00Z), got '" + value + "'");
        }
    }

    private static String part(String text, Instant bound, String open) {
        if (bound == null) {
            return open;
        }
        return text.strip().contains("T") ? COMPACT.format(bound) : text.strip();
    }

    /** A bound that cannot be read, or an empty range; {@code parameter} is {@code from} or {@code to}. */
    public static final class InvalidRangeException extends IllegalArgumentException {
        private final String parameter;

        InvalidRangeException(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }
}
