package com.winccreports.render;

import com.winccreports.period.ZonedPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Map;

/**
 * Text formatting of numbers, times and durations in the report's language (decimal comma in German),
 * for PDF cells and text placeholders. Numbers follow the same patterns as the Excel cells
 * ({@link NumberPatterns}) and round as Excel does (half away from zero on the shortest decimal form), so
 * a number reads the same in both files. Times always carry their UTC offset. Not thread-safe (one per
 * rendering).
 */
public final class ReportFormats {

    private final ReportMessages messages;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTimeSeconds;
    private final DecimalFormatSymbols symbols;
    private final Map<String, DecimalFormat> patterns = new HashMap<>();

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

    /** The text of a catalog cell, as Excel shows the same cell. */
    public String text(CellValue value) {
        if (value instanceof CellValue.Text t) {
            return t.text();
        } else if (value instanceof CellValue.Number n) {
            return format(n.value(), n.pattern());
        } else if (value instanceof CellValue.Time t) {
            return dateTime(t.time());
        } else if (value instanceof CellValue.Day d) {
            return date(d.day());
        } else if (value instanceof CellValue.Status s) {
            return status(s.light());
        }
        return CellValue.DASH;
    }

    /** A number in a {@link NumberPatterns} pattern; NaN gives an en dash. */
    public String format(double value, String pattern) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return CellValue.DASH;
        }
        DecimalFormat format = patterns.computeIfAbsent(pattern, p -> {
            DecimalFormat f = new DecimalFormat(p, symbols);
            f.setRoundingMode(RoundingMode.HALF_UP);
            return f;
        });
        // the shortest decimal form first, as Excel rounds what it shows (2.675 → 2.68, not 2.67)
        return format.format(new BigDecimal(Double.toString(value)));
    }

    /** {@code 1234.5} with {@code decimals} places and grouping; NaN gives an en dash. */
    public String number(double value, int decimals) {
        return format(value, decimals == 0 ? NumberPatterns.COUNT : "#,##0." + "0".repeat(decimals));
    }

    /** A value in the pattern of its unit followed by the unit, {@code 85.30 %} or {@code 12.1 kWh}. */
    public String quantity(double value, String unit) {
        String pattern = NumberPatterns.forUnit(unit, messages);
        String number = format(value, pattern);
        String shown = NumberPatterns.displayUnit(unit);
        return shown.isEmpty() || NumberPatterns.isPercent(pattern) || Double.isNaN(value) ? number
                : number + "\u00a0" + shown;
    }

    /** The label of a KPI status in the report's language. */
    public String status(com.winccreports.shift.kpi.TrafficLight light) {
        return messages.get("status." + light.name());
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

    /** The production day of a period, or its first and last day where it spans several (a week, a month). */
    public String productionDays(ZonedPeriod period) {
        return period.multiDay() ? date(period.productionDay()) + " – " + date(period.lastProductionDay())
                : date(period.productionDay());
    }

    /** {@code +02:00}, {@code +00:00} for UTC (never {@code Z}, which readers misread). */
    public static String offset(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
    }

    /** Minutes in the minutes pattern, e.g. {@code 25.0}. */
    public String minutes(Duration duration) {
        return format(duration.toMillis() / 60_000.0, NumberPatterns.MINUTES);
    }

    public String hours(Duration duration) {
        return format(duration.toMillis() / 3_600_000.0, NumberPatterns.MINUTES);
    }

    /** A percentage given as 0–100, in the share pattern. */
    public String percent(double percent) {
        return format(percent / 100.0, NumberPatterns.SHARE);
    }

    public String yesNo(boolean value) {
        return messages.get(value ? "yes" : "no");
    }
}
