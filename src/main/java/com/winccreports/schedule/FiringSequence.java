package com.winccreports.schedule;

import com.winccreports.period.PeriodCalendar;
import com.winccreports.period.ReportPeriod;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.scheduling.support.CronExpression;

/**
 * The firings of a trigger on a site's calendar, in order and at most one per period: a cron time
 * that occurs twice in an autumn night maps to the same period and is dropped the second time, and a
 * cron time swallowed by a spring gap is taken at the first valid local time after it.
 */
public final class FiringSequence {

    private final Trigger trigger;
    private final PeriodCalendar calendar;
    private final CronExpression cron;

    public FiringSequence(Trigger trigger, PeriodCalendar calendar) {
        this.trigger = trigger;
        this.calendar = calendar;
        this.cron = trigger instanceof Trigger.Cron c ? c.parsed() : null;
    }

    /** All firings with {@code after < at <= until}, oldest first. */
    public List<Firing> between(Instant after, Instant until) {
        List<Firing> firings = new ArrayList<>();
        Optional<Firing> next = nextAfter(after);
        while (next.isPresent() && !next.get().at().isAfter(until)) {
            firings.add(next.get());
            next = nextAfter(next.get().at());
        }
        return firings;
    }

    /** The first firing strictly after the instant. */
    public Optional<Firing> nextAfter(Instant after) {
        if (trigger instanceof Trigger.AfterPeriod afterPeriod) {
            return Optional.of(nextAfterPeriod(afterPeriod, after));
        }
        return nextCron((Trigger.Cron) trigger, after);
    }

    private Firing nextAfterPeriod(Trigger.AfterPeriod trigger, Instant after) {
        ReportPeriod period = calendar.containing(trigger.covers(), after.minus(trigger.delay()));
        return new Firing(period.to().plus(trigger.delay()), period);
    }

    private Optional<Firing> nextCron(Trigger.Cron trigger, Instant after) {
        Instant cursor = after;
        for (int guard = 0; guard < 10_000; guard++) {
            Optional<Instant> next = nextCronTime(trigger, cursor);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            ReportPeriod period = calendar.latestEndedBy(trigger.covers(), next.get());
            // a period belongs to the first cron time at or after its end; later ones repeat it
            if (nextCronTime(trigger, period.to().minusNanos(1)).equals(next)) {
                return Optional.of(new Firing(next.get(), period));
            }
            cursor = next.get();
        }
        throw new IllegalStateException("cron " + trigger.expression() + " never reaches a new "
                + trigger.covers() + " period after " + after);
    }

    /**
     * Cron times are evaluated on the local wall clock, then placed in the zone: a wall time in a
     * spring gap moves forward by the gap, a wall time that occurs twice counts once (the earlier).
     */
    private Optional<Instant> nextCronTime(Trigger.Cron trigger, Instant after) {
        LocalDateTime local = after.atZone(calendar.zone()).toLocalDateTime();
        for (int guard = 0; guard < 100_000; guard++) {
            ZonedDateTime wall = cron.next(local.atZone(ZoneOffset.UTC));
            if (wall == null) {
                return Optional.empty();
            }
            local = wall.toLocalDateTime();
            Instant placed = ZonedDateTime.ofLocal(local, calendar.zone(), null).toInstant();
            if (placed.isAfter(after)) {
                return Optional.of(placed);
            }
        }
        throw new IllegalStateException("cron " + trigger.expression() + " makes no progress after " + after);
    }
}
