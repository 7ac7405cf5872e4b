package com.winccreports.schedule;

import com.winccreports.period.ReportPeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a period's report must be ready, or an alert goes out: either a local time of day (the first
 * one after the period's end, e.g. {@code 07:30}) or a duration after the period's end ({@code PT2H}).
 */
public record ReadyDeadline(LocalTime localTime, Duration afterEnd) {

    public ReadyDeadline {
        if ((localTime == null) == (afterEnd == null)) {
            throw new IllegalArgumentException("a deadline is either a local time or a duration after the period");
        }
    }

    /** Reads {@code 07:30} as a local time and {@code PT2H} as a duration. */
    public static ReadyDeadline parse(String text) {
        return text.startsWith("P") || text.startsWith("p")
                ? new ReadyDeadline(null, Duration.parse(text))
                : new ReadyDeadline(LocalTime.parse(text), null);
    }

    /** The instant by which the report of {@code period} must exist. */
    public Instant deadlineFor(ReportPeriod period, ZoneId zone) {
        if (afterEnd != null) {
            return period.to().plus(afterEnd);
        }
        ZonedDateTime end = period.to().atZone(zone);
        ZonedDateTime sameDay = ZonedDateTime.of(end.toLocalDate(), localTime, zone);
        return sameDay.isAfter(end) ? sameDay.toInstant()
                : ZonedDateTime.of(end.toLocalDate().plusDays(1), localTime, zone).toInstant();
    }

    @Override
    public String toString() {
        return afterEnd != null ? afterEnd.toString() : localTime.toString();
    }
}
