package com.winccreports.wincc;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * ISO-8601 timestamps to epoch milliseconds without allocating: the fixed WinCC format
 * {@code yyyy-MM-ddTHH:mm:ss[.fff...][Z|±HH:mm|±HHmm]} (zone-less means UTC) is parsed by hand,
 * anything else falls back to {@code java.time}. {@code Instant.parse} per value costs several times
 * the rest of a page's parse (see {@code docs/wincc-client.md}).
 */
public final class IsoTimestamps {

    private static final java.time.format.DateTimeFormatter QUERY_FORMAT = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private IsoTimestamps() {
    }

    /** Epoch milliseconds of an ISO-8601 text; fractions beyond milliseconds are truncated. */
    public static long parseMillis(CharSequence text) {
        char[] chars = text.toString().toCharArray();
        return parseMillis(chars, 0, chars.length);
    }

    /** Epoch milliseconds of the ISO-8601 text in {@code chars[offset, offset + length)}. */
    public static long parseMillis(char[] chars, int offset, int length) {
        long fast = parseFixed(chars, offset, length);
        return fast != Long.MIN_VALUE ? fast : parseGeneral(new String(chars, offset, length));
    }

    private static boolean hasFixedShape(char[] c, int o, int n) {
        return n >= 19 && c[o + 4] == '-' && c[o + 7] == '-' && (c[o + 10] == 'T' || c[o + 10] == ' ')
                && c[o + 13] == ':' && c[o + 16] == ':';
    }

    private static long parseFixed(char[] c, int o, int n) {
        if (!hasFixedShape(c, o, n)) {
            return Long.MIN_VALUE;
        }
        int year = digits(c, o, 4);
        int month = digits(c, o + 5, 2);
        int day = digits(c, o + 8, 2);
        int hour = digits(c, o + 11, 2);
        int minute = digits(c, o + 14, 2);
        int second = digits(c, o + 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1
                || day > lengthOfMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
            return Long.MIN_VALUE;
        }
        int end = o + n;
        int i = o + 19;
        int millis = 0;
        if (i < end && c[i] == '.') {
            int digitsEnd = skipDigits(c, i + 1, end);
            if (digitsEnd == i + 1) {
                return Long.MIN_VALUE;
            }
            millis = fractionMillis(c, i + 1, digitsEnd);
            i = digitsEnd;
        }
        int offsetSeconds = offsetSeconds(c, i, end);
        if (offsetSeconds == Integer.MIN_VALUE) {
            return Long.MIN_VALUE;
        }
        long seconds = daysFromCivil(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return seconds * 1000L + millis;
    }

    private static int skipDigits(char[] c, int from, int end) {
        int i = from;
        while (i < end && c[i] >= '0' && c[i] <= '9') {
            i++;
        }
        return i;
    }

    /** Milliseconds of a fraction's digits; digits beyond the third are truncated. */
    private static int fractionMillis(char[] c, int from, int to) {
        int millis = 0;
        for (int i = from, scale = 100; i < to && scale > 0; i++, scale /= 10) {
            millis += (c[i] - '0') * scale;
        }
        return millis;
    }

    /** Offset in seconds of {@code Z}, {@code ±HH:mm}, {@code ±HHmm} or nothing (UTC); MIN_VALUE if other. */
    private static int offsetSeconds(char[] c, int i, int end) {
        if (i == end) {
            return 0;
        }
        if (c[i] == 'Z' || c[i] == 'z') {
            return i + 1 == end ? 0 : Integer.MIN_VALUE;
        }
        if (c[i] != '+' && c[i] != '-') {
            return Integer.MIN_VALUE;
        }
        int sign = c[i] == '-' ? -1 : 1;
        int rest = end - i - 1;
        int hours = rest >= 2 ? digits(c, i + 1, 2) : -1;
        int minutes;
        if (rest == 5 && c[i + 3] == ':') {
            minutes = digits(c, i + 4, 2);
        } else if (rest == 4) {
            minutes = digits(c, i + 3, 2);
        } else if (rest == 2) {
            minutes = 0;
        } else {
            return Integer.MIN_VALUE;
        }
        if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        return sign * (hours * 3600 + minutes * 60);
    }

    private static int digits(char[] c, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int digit = c[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static int lengthOfMonth(int year, int month) {
        if (month == 2) {
            boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int monthIndex = month > 2 ? month - 3 : month + 9;
        int dayOfYear = (153 * monthIndex + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468L;
    }

    private static long parseGeneral(String text) {
        try {
            TemporalAccessor parsed = java.time.format.DateTimeFormatter.ISO_DATE_TIME
                    .parseBest(text.trim().replace(' ', 'T'), OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof OffsetDateTime offset) {
                return offset.toInstant().toEpochMilli();
            }
            return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 timestamp: '" + text + "'", e);
        }
    }

    /** The text WinCC expects in queries: UTC with milliseconds. */
    public static String format(long epochMillis) {
        return QUERY_FORMAT.format(Instant.ofEpochMilli(epochMillis));
    }
}
