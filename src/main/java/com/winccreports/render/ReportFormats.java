package com.winccreports.render;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Text formatting of numbers, times and durations in the report's language (decimal comma in German),
 * for PDF cells and text placeholders. Times always carry their UTC offset where they could be ambiguous.
 */
public final class ReportFormats {

    private final ReportMessages messages;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTimeSeconds;
    private final DecimalFormatSymbols symbols;

    public ReportFormats(ReportMessages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        this.dateTime = DateTimeFormatter.ofPattern(messages.get("format.dateTime"), messages.locale());
        this.date = DateTimeFormatter.ofPattern(messages.get("format.date"), messages.locale());
        this.dateTimeSeconds = DateTimeFormatter.ofPattern(messages.get("format.dateTimeSeconds"), messages.locale());
        this.symbols = DecimalFormatSymbols.getInstance(messages.locale());
    }

    public ReportMessages messages() {
        return messages;
    }

    public ZoneId zone() {
        return zone;
    }

    /** {@code 1234.5} with {@code decimals} places and grouping; NaN gives an en dash. */
    public String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        return format.format(value);
    }

    /** A value in its unit, {@code 85.3 %} or {@code 12.1 Wh/unit}. */
    public String quantity(double value, String unit, int decimals) {
        String number = number(value, decimals);
        return unit.isEmpty() || Double.isNaN(value) ? number : number + " " + unit;
    }

    /** Decimals that suit a value's magnitude: 0 for counts in the thousands, up to 3 for small values. */
    public static int decimalsFor(double value) {
        double magnitude = Math.abs(value);
        if (Double.isNaN(value) || magnitude >= 1000) {
            return 0;
        }
        return magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 3;
    }

    public String auto(double value, String unit) {
        return quantity(value, unit, decimalsFor(value));
    }

    /** Local date and time with its UTC offset, e.g. {@code 25.10.2026 02:30 +01:00}. */
    public String dateTime(OffsetDateTime time) {
        return time == null ? "" : dateTime.format(time) + " " + offset(time.getOffset());
    }

    public String dateTime(Instant time) {
        return time == null ? "" : dateTime(time.atZone(zone).toOffsetDateTime());
    }

    /** With seconds, for raw-value rows. */
    public String dateTimeSeconds(Instant time) {
        if (time == null) {
            return "";
        }
        OffsetDateTime local = time.atZone(zone).toOffsetDateTime();
        return dateTimeSeconds.format(local) + " " + offset(local.getOffset());
    }

    public String date(TemporalAccessor day) {
        return date.format(day);
    }

    /** {@code +02:00}, {@code +00:00} for UTC (never {@code Z}, which readers misread). */
    public static String offset(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
    }

    /** Minutes with one decimal, e.g. {@code 25.0}. */
    public String minutes(Duration duration) {
        return number(duration.toSeconds() / 60.0, 1);
    }

    public String hours(Duration duration) {
        return number(duration.toSeconds() / 3600.0, 1);
    }

    public String percent(double percent) {
        return quantity(percent, "%", 1);
    }

    public String yesNo(boolean value) {
        return messages.get(value ? "yes" : "no");
    }
}
