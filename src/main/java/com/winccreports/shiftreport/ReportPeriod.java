package com.winccreports.shiftreport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The half-open time range {@code [from, to)} a report covers, with the label its output folder is named
 * after ({@code 2026-11-24} for a production day). A production day runs from its start time on that date
 * to the same local time the next day, so it lasts 23 or 25 hours across a clock change.
 */
public record ReportPeriod(Instant from, Instant to, String label) {

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("period must end after it starts: [" + from + ", " + to + ")");
        }
        if (label == null || label.isBlank()) {
            label = from + "_" + to;
        }
        if (!label.matches("[0-9A-Za-z:._+-]+")) {
            throw new IllegalArgumentException("period label '" + label + "' is not usable as a folder name");
        }
        label = label.replace(':', '-');
    }

    /** An arbitrary range, labelled by its UTC ends. */
    public static ReportPeriod between(Instant from, Instant to) {
        return new ReportPeriod(from, to, null);
    }

    /** The production day {@code day} of a site: from {@code dayStart} local time on {@code day} to the next. */
    public static ReportPeriod productionDay(LocalDate day, ZoneId zone, LocalTime dayStart) {
        Instant from = ZonedDateTime.of(day, dayStart, zone).toInstant();
        Instant to = ZonedDateTime.of(day.plusDays(1), dayStart, zone).toInstant();
        return new ReportPeriod(from, to, day.toString());
    }

    /** The last production day that has ended at {@code now}. */
    public static ReportPeriod lastCompleteProductionDay(Instant now, ZoneId zone, LocalTime dayStart) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (local.toLocalTime().isBefore(dayStart)) {
            day = day.minusDays(1);
        }
        return productionDay(day.minusDays(1), zone, dayStart);
    }
}
