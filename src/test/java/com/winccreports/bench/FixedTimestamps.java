package com.winccreports.bench;

import java.time.OffsetDateTime;

/**
 * The floor's timestamp parser, written apart from the product's: {@code yyyy-MM-ddTHH:mm:ss.SSSZ} read
 * digit by digit into epoch milliseconds (days from the civil date, no allocation); any other form
 * falls back to {@link OffsetDateTime#parse}.
 */
final class FixedTimestamps {

    private FixedTimestamps() {
    }

    static long epochMillis(char[] c, int o, int n) {
        if (n != 24 || c[o + 4] != '-' || c[o + 10] != 'T' || c[o + 19] != '.' || c[o + 23] != 'Z') {
            return OffsetDateTime.parse(new String(c, o, n)).toInstant().toEpochMilli();
        }
        long days = daysFromCivil(num(c, o, 4), num(c, o + 5, 2), num(c, o + 8, 2));
        long seconds = days * 86_400L + num(c, o + 11, 2) * 3600L + num(c, o + 14, 2) * 60L + num(c, o + 17, 2);
        return seconds * 1000L + num(c, o + 20, 3);
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
    static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468L;
    }

    private static int num(char[] c, int offset, int digits) {
        int value = 0;
        for (int i = offset; i < offset + digits; i++) {
            int d = c[i] - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("not a digit in timestamp: " + new String(c, offset, digits));
            }
            value = value * 10 + d;
        }
        return value;
    }
}
