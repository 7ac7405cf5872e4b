package com.winccreports.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The half-open interval {@code [from, to)} a report covers, with the UTC offsets that were in force at
 * both ends in the site's zone (so a period across a clock change stays unambiguous).
 *
 * @param productionDay the production day the period belongs to (a day starting e.g. at 06:00 local)
 * @param from          inclusive start, with its offset in {@code zone}
 * @param to            exclusive end, with its offset in {@code zone}
 * @param zone          the site's time zone
 */
public record ReportPeriod(LocalDate productionDay, OffsetDateTime from, OffsetDateTime to, ZoneId zone) {

    public ReportPeriod {
        Objects.requireNonNull(productionDay, "productionDay");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("period from " + from + " must be before to " + to);
        }
        from = from.atZoneSameInstant(zone).toOffsetDateTime();
        to = to.atZoneSameInstant(zone).toOffsetDateTime();
    }

    /** The period from two instants, offsets taken from the zone's rules. */
    public static ReportPeriod of(LocalDate productionDay, Instant from, Instant to, ZoneId zone) {
        return new ReportPeriod(productionDay, from.atZone(zone).toOffsetDateTime(),
                to.atZone(zone).toOffsetDateTime(), zone);
    }

    public Duration duration() {
        return Duration.between(from, to);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from.toInstant()) && instant.isBefore(to.toInstant());
    }
}
