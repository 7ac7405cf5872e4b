package com.winccreports.render;

import com.winccreports.shift.kpi.TrafficLight;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One cell of a {@link ColumnCatalog} table, typed so that Excel stores it natively (a number with its
 * number format, a date) and the PDF prints exactly the text Excel shows for it.
 */
public sealed interface CellValue {

    /** Plain text (may be empty). */
    record Text(String text) implements CellValue {
        public Text {
            text = text == null ? "" : text;
        }
    }

    /**
     * A number with the pattern both renderers format it with ({@link NumberPatterns}); a percent pattern
     * takes a fraction (0.6622 → {@code 66.22 %}).
     */
    record Number(double value, String pattern) implements CellValue {
        public Number {
            Objects.requireNonNull(pattern, "pattern");
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("a number cell needs a finite value; use CellValue.number(..)");
            }
        }
    }

    /** A local date and time with its UTC offset (Excel: the local time; its offset has a column of its own). */
    record Time(OffsetDateTime time) implements CellValue {
        public Time {
            Objects.requireNonNull(time, "time");
        }
    }

    /** A calendar day. */
    record Day(LocalDate day) implements CellValue {
        public Day {
            Objects.requireNonNull(day, "day");
        }
    }

    /** A KPI status: its label in the report's language on its band's colour. */
    record Status(TrafficLight light) implements CellValue {
        public Status {
            Objects.requireNonNull(light, "light");
        }
    }

    /** A value that does not exist (no target, no value, not applicable): an en dash in Excel and PDF alike. */
    record Missing() implements CellValue {
    }

    /** The one missing-value cell. */
    Missing MISSING = new Missing();

    /** The text shown for a missing value. */
    String DASH = "–";

    /** A number, or {@link #MISSING} for NaN or infinity. */
    static CellValue number(double value, String pattern) {
        return Double.isNaN(value) || Double.isInfinite(value) ? MISSING : new Number(value, pattern);
    }

    /** A count (integer format), or missing for NaN. */
    static CellValue count(double value) {
        return number(value, NumberPatterns.COUNT);
    }

    /** Text, or missing for null. */
    static CellValue text(String text) {
        return text == null ? MISSING : new Text(text);
    }

    /** A time, or missing for null. */
    static CellValue time(OffsetDateTime time) {
        return time == null ? MISSING : new Time(time);
    }
}
