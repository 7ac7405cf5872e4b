package com.winccreports.schedule;

import com.winccreports.period.PeriodCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which periods of a job are due, from the job's trigger, its site calendar, the instant up
 * to which firings were already planned (the cursor) and the catch-up policy. Plain Java driven by a
 * {@link Clock}: Quartz only wakes it, so every rule here is testable without real time.
 */
public final class Planner {

    private final Clock clock;

    public Planner(Clock clock) {
        this.clock = clock;
    }

    /**
     * Plans the firings after {@code cursor} up to now. The caller stores {@link Plan#planned()} as the
     * new cursor together with the due and skipped periods, in one transaction.
     */
    public Plan plan(String job, Trigger trigger, PeriodCalendar calendar, CatchUp catchUp, Instant cursor) {
        Instant now = clock.instant();
        FiringSequence sequence = new FiringSequence(trigger, calendar);
        List<Firing> fired = cursor.isBefore(now) ? sequence.between(cursor, now) : List.of();
        List<Firing> due = new ArrayList<>();
        List<Firing> skipped = new ArrayList<>();
        for (Firing firing : fired) {
            (runs(firing, fired, catchUp, now) ? due : skipped).add(firing);
        }
        return new Plan(job, now.isAfter(cursor) ? now : cursor, due, skipped,
                sequence.nextAfter(now.isAfter(cursor) ? now : cursor));
    }

    private static boolean runs(Firing firing, List<Firing> fired, CatchUp catchUp, Instant now) {
        int newerThanThis = fired.size() - 1 - fired.indexOf(firing);
        boolean onTime = Duration.between(firing.at(), now).compareTo(catchUp.misfireGrace()) <= 0;
        return switch (catchUp.policy()) {
            case ALL -> catchUp.maxRuns() == 0 || newerThanThis < catchUp.maxRuns();
            case LATEST -> newerThanThis == 0;
            case NONE -> onTime;
        };
    }
}
