package com.winccreports.period;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Period boundaries of a site, for the calendar kinds ({@link PeriodKind#calendar()}). The scheduler needs only
 * this much of the shift calendar, so the full calendar ({@code shift.calendar}) stands behind it
 * ({@link ShiftCalendarPeriods}) and tests can offer a simpler one.
 */
public interface PeriodCalendar {

    /** The site's time zone, in which cron triggers and deadlines are read. */
    ZoneId zone();

    /** The period of the given calendar kind that contains the instant. */
    ReportPeriod containing(PeriodKind kind, Instant instant);

    /** The period right after the given one. */
    default ReportPeriod following(ReportPeriod period) {
        return containing(period.kind(), period.to());
    }

    /** The period right before the given one. */
    default ReportPeriod preceding(ReportPeriod period) {
        return containing(period.kind(), period.from().minusNanos(1));
    }

    /** The newest period of the kind that has ended at or before the instant. */
    default ReportPeriod latestEndedBy(PeriodKind kind, Instant instant) {
        ReportPeriod candidate = containing(kind, instant.minusNanos(1));
        return candidate.to().isAfter(instant) ? preceding(candidate) : candidate;
    }

    /**
     * {@code [from, to)} as the calendar names it when it is exactly one shift, production day, week or month of
     * the site — so an on-demand run of such a range lands in the folder (and job instance) the scheduler uses —
     * else a {@link PeriodKind#RANGE} labelled by its UTC ends.
     */
    default ReportPeriod exactly(Instant from, Instant to) {
        for (PeriodKind kind : PeriodKind.values()) {
            if (kind.calendar()) {
                ReportPeriod period = containing(kind, from);
                if (period.from().equals(from) && period.to().equals(to)) {
                    return period;
                }
            }
        }
        return ReportPeriod.between(from, to);
    }
}
