package com.winccreports.simulator.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer that writes JSON by hand: the hot path of an archive page (timestamps,
 * three-decimal values, small integers) allocates nothing. One per worker thread, reset per response.
 */
public final class JsonBuffer {

    private static final byte[] DIGITS = "0123456789".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final byte[] PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = DIGITS[i / 10];
            PAIRS[2 * i + 1] = DIGITS[i % 10];
        }
    }

    private byte[] bytes = new byte[1 << 16];
    private int size;
    private long cachedDay = Long.MIN_VALUE;
    private final byte[] datePrefix = new byte[11];

    public void reset() {
        size = 0;
    }

    public int size() {
        return size;
    }

    public byte[] array() {
        return bytes;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    public void writeTo(OutputStream out, int length) throws IOException {
        out.write(bytes, 0, length);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    public JsonBuffer raw(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
        return this;
    }

    /** Writes pre-encoded bytes (the constant parts of a record). */
    public JsonBuffer raw(byte[] ascii) {
        ensure(ascii.length);
        System.arraycopy(ascii, 0, bytes, size, ascii.length);
        size += ascii.length;
        return this;
    }

    /** Writes ASCII text as is (field names, punctuation). */
    public JsonBuffer raw(String ascii) {
        int n = ascii.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[size++] = (byte) ascii.charAt(i);
        }
        return this;
    }

    /** Writes a quoted, escaped JSON string (UTF-8). */
    public JsonBuffer string(String s) {
        if (s == null) {
            return raw("null");
        }
        raw('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                raw('\\').raw(c);
            } else if (c < 0x20) {
                raw("\\u00").raw((char) HEX[c >> 4]).raw((char) HEX[c & 15]);
            } else if (c < 0x80) {
                raw(c);
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    utf8 = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                ensure(utf8.length);
                System.arraycopy(utf8, 0, bytes, size, utf8.length);
                size += utf8.length;
            }
        }
        return raw('"');
    }

    public JsonBuffer number(long v) {
        if (v >= 0 && v < Integer.MAX_VALUE) {
            return smallNumber((int) v);
        }
        ensure(20);
        if (v < 0) {
            if (v == Long.MIN_VALUE) {
                return raw(Long.toString(v));
            }
            bytes[size++] = '-';
            v = -v;
        }
        int digits = 1;
        for (long p = 10; digits < 19 && v >= p; p *= 10) {
            digits++;
        }
        int end = size + digits;
        for (int i = end - 1; i >= size; i--) {
            bytes[i] = DIGITS[(int) (v % 10)];
            v /= 10;
        }
        size = end;
        return this;
    }

    /** Non-negative int: int division is several times cheaper than long division on the hot path. */
    private JsonBuffer smallNumber(int v) {
        ensure(10);
        int digits = v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : v < 100000 ? 5 : v < 1000000 ? 6
                : v < 10000000 ? 7 : v < 100000000 ? 8 : v < 1000000000 ? 9 : 10;
        int end = size + digits;
        int i = end;
        while (v >= 100) {
            int pair = (v % 100) * 2;
            v /= 100;
            bytes[--i] = PAIRS[pair + 1];
            bytes[--i] = PAIRS[pair];
        }
        if (v >= 10) {
            bytes[--i] = PAIRS[v * 2 + 1];
            bytes[--i] = PAIRS[v * 2];
        } else {
            bytes[--i] = DIGITS[v];
        }
        size = end;
        return this;
    }

    /** A number with at most three decimals, trailing zeros dropped ({@code 72.5}, {@code 3}). */
    public JsonBuffer decimal(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return raw("null");
        }
        long milli = Math.round(v * 1000);
        if (milli < 0) {
            raw('-');
            milli = -milli;
        }
        int frac;
        if (milli < Integer.MAX_VALUE) {
            int m = (int) milli;
            int whole = m / 1000;
            smallNumber(whole);
            frac = m - whole * 1000;
        } else {
            number(milli / 1000);
            frac = (int) (milli % 1000);
        }
        if (frac != 0) {
            ensure(4);
            bytes[size++] = '.';
            bytes[size++] = DIGITS[frac / 100];
            frac %= 100;
            if (frac != 0) {
                bytes[size++] = DIGITS[frac / 10];
                frac %= 10;
                if (frac != 0) {
                    bytes[size++] = DIGITS[frac];
                }
            }
        }
        return this;
    }

    /** A quoted ISO-8601 UTC timestamp with milliseconds: {@code "2026-11-24T06:00:00.000Z"}. */
    public JsonBuffer timestamp(long epochMillis) {
        long day = Math.floorDiv(epochMillis, MILLIS_PER_DAY);
        int ms = (int) (epochMillis - day * MILLIS_PER_DAY);
        if (day != cachedDay) {
            fillDatePrefix(day);
        }
        ensure(26);
        bytes[size++] = '"';
        System.arraycopy(datePrefix, 0, bytes, size, 11);
        size += 11;
        int seconds = ms / 1000;
        two(seconds / 3600);
        bytes[size++] = ':';
        two(seconds / 60 % 60);
        bytes[size++] = ':';
        two(seconds % 60);
        bytes[size++] = '.';
        int milli = ms % 1000;
        bytes[size++] = DIGITS[milli / 100];
        bytes[size++] = DIGITS[milli / 10 % 10];
        bytes[size++] = DIGITS[milli % 10];
        bytes[size++] = 'Z';
        bytes[size++] = '"';
        return this;
    }

    private void two(int v) {
        bytes[size++] = DIGITS[v / 10];
        bytes[size++] = DIGITS[v % 10];
    }

    private void fillDatePrefix(long epochDay) {
        // days-from-civil inverse (H. Hinnant), valid for the proleptic Gregorian calendar
        long z = epochDay + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int) (doy - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        int year = (int) y;
        datePrefix[0] = DIGITS[year / 1000 % 10];
        datePrefix[1] = DIGITS[year / 100 % 10];
        datePrefix[2] = DIGITS[year / 10 % 10];
        datePrefix[3] = DIGITS[year % 10];
        datePrefix[4] = '-';
        datePrefix[5] = DIGITS[m / 10];
        datePrefix[6] = DIGITS[m % 10];
        datePrefix[7] = '-';
        datePrefix[8] = DIGITS[d / 10];
        datePrefix[9] = DIGITS[d % 10];
        datePrefix[10] = 'T';
        cachedDay = epochDay;
    }
}
