package com.winccreports.period;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A {@link ReportPeriod} as a site shows it: its ends with the UTC offsets in force in the site's zone (so a
 * period across a clock change stays unambiguous) and the production day it starts on — what a report prints.
 *
 * @param period            the period
 * @param productionDay     the production day the period starts on (a day starting e.g. at 06:00 local)
 * @param lastProductionDay the production day the period ends in (its last instant's); a week's or a month's
 *                          report spans several
 * @param zone              the site's time zone
 */
public record ZonedPeriod(ReportPeriod period, LocalDate productionDay, LocalDate lastProductionDay, ZoneId zone) {

    public ZonedPeriod {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(productionDay, "productionDay");
        Objects.requireNonNull(lastProductionDay, "lastProductionDay");
        Objects.requireNonNull(zone, "zone");
        if (lastProductionDay.isBefore(productionDay)) {
            throw new IllegalArgumentException("last production day " + lastProductionDay + " before the first "
                    + productionDay);
        }
    }

    /** A period within one production day. */
    public ZonedPeriod(ReportPeriod period, LocalDate productionDay, ZoneId zone) {
        this(period, productionDay, productionDay, zone);
    }

    /** Whether the period reaches into more than one production day (a week, a month, a long range). */
    public boolean multiDay() {
        return !lastProductionDay.equals(productionDay);
    }

    /** A production day from two instants (labelled by the day), offsets taken from the zone's rules. */
    public static ZonedPeriod of(LocalDate productionDay, Instant from, Instant to, ZoneId zone) {
        return new ZonedPeriod(new ReportPeriod(PeriodKind.PRODUCTION_DAY, productionDay.toString(), from, to),
                productionDay, zone);
    }

    /** Inclusive start, with its offset in {@link #zone()}. */
    public OffsetDateTime from() {
        return period.from().atZone(zone).toOffsetDateTime();
    }

    /** Exclusive end, with its offset in {@link #zone()}. */
    public OffsetDateTime to() {
        return period.to().atZone(zone).toOffsetDateTime();
    }

    public Duration duration() {
        return Duration.between(period.from(), period.to());
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(period.from()) && instant.isBefore(period.to());
    }
}
