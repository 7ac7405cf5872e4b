package com.winccreports.schedule;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Period boundaries of a site. The scheduler needs only this much of the shift calendar, so the
 * full calendar ({@code shift.calendar}) can stand behind it through an adapter.
 */
public interface PeriodCalendar {

    /** The site's time zone, in which cron triggers and deadlines are read. */
    ZoneId zone();

    /** The period of the given kind that contains the instant. */
    ReportPeriod containing(PeriodKind kind, Instant instant);

    /** The period right after the given one. */
    default ReportPeriod following(ReportPeriod period) {
        return containing(period.kind(), period.end());
    }

    /** The period right before the given one. */
    default ReportPeriod preceding(ReportPeriod period) {
        return containing(period.kind(), period.start().minusNanos(1));
    }

    /** The newest period of the kind that has ended at or before the instant. */
    default ReportPeriod latestEndedBy(PeriodKind kind, Instant instant) {
        ReportPeriod candidate = containing(kind, instant.minusNanos(1));
        return candidate.end().isAfter(instant) ? preceding(candidate) : candidate;
    }
}
