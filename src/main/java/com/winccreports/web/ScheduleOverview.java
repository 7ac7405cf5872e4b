package com.winccreports.web;

import com.winccreports.schedule.CatchUp;
import com.winccreports.schedule.Firing;
import com.winccreports.schedule.FiringSequence;
import com.winccreports.schedule.JobSchedule;
import com.winccreports.schedule.LedgerEntry;
import com.winccreports.schedule.ScheduleLedger;
import com.winccreports.schedule.SchedulePauses;
import com.winccreports.schedule.service.ScheduledJobs;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The schedules as the API and the page show them: per scheduled job its trigger, whether it is paused, its
 * next fire times, its catch-up state (planned up to when, firings missed since, periods with work left) and
 * the results of its latest periods.
 */
public final class ScheduleOverview {

    /** How many next fire times and latest periods are shown. */
    static final int NEXT = 3;
    static final int LAST = 5;
    /** Missed firings are counted up to this many (a long outage is said as "at least"). */
    private static final int MISSED_COUNTED = 1000;

    /** One job's schedule. */
    public record Schedule(String job, boolean enabled, Pause paused, String trigger, String zone, String catchUp,
            Instant plannedUntil, int missedFirings, List<Period> open, List<NextFiring> next, List<Period> last) {
    }

    /** Who paused it, when and why. */
    public record Pause(String by, Instant at, String reason) {
    }

    /** A coming firing and the period it reports. */
    public record NextFiring(Instant at, String period) {
    }

    /** A period in the scheduler's ledger. */
    public record Period(String period, String state, int attempts, int version, boolean incomplete, Long executionId,
            String message) {
    }

    private final ScheduledJobs jobs;
    private final ScheduleLedger ledger;
    private final SchedulePauses pauses;
    private final Clock clock;

    public ScheduleOverview(ScheduledJobs jobs, ScheduleLedger ledger, SchedulePauses pauses, Clock clock) {
        this.jobs = jobs;
        this.ledger = ledger;
        this.pauses = pauses;
        this.clock = clock;
    }

    public List<Schedule> all() {
        return jobs.all().stream().map(this::schedule).toList();
    }

    public Optional<Schedule> of(String job) {
        return jobs.all().stream().filter(s -> s.job().equals(job)).findFirst().map(this::schedule);
    }

    private Schedule schedule(JobSchedule job) {
        Instant now = clock.instant();
        Optional<Instant> cursor = ledger.cursor(job.job());
        FiringSequence sequence = new FiringSequence(job.spec().trigger(), job.calendar());
        int missed = cursor.map(c -> sequence.between(c, now).size()).orElse(0);
        List<NextFiring> next = new ArrayList<>();
        Instant after = cursor.filter(c -> c.isAfter(now)).orElse(now);
        for (int i = 0; i < NEXT; i++) {
            Optional<Firing> firing = sequence.nextAfter(after);
            if (firing.isEmpty()) {
                break;
            }
            next.add(new NextFiring(firing.get().at(), firing.get().period().label()));
            after = firing.get().at();
        }
        Pause pause = pauses.paused(job.job()).map(p -> new Pause(p.pausedBy(), p.pausedAt(), p.reason()))
                .orElse(null);
        return new Schedule(job.job(), job.spec().enabled(), pause, job.spec().trigger().describe(),
                job.calendar().zone().getId(), catchUp(job.spec().catchUp()), cursor.orElse(null),
                Math.min(missed, MISSED_COUNTED), ledger.open(job.job()).stream().map(ScheduleOverview::period).toList(),
                next, ledger.recent(job.job(), LAST).stream().map(ScheduleOverview::period).toList());
    }

    private static Period period(LedgerEntry entry) {
        return new Period(entry.period().label(), entry.state().name(), entry.attempts(), entry.version(),
                entry.incomplete(), entry.executionId(), entry.message());
    }

    private static String catchUp(CatchUp catchUp) {
        return switch (catchUp.policy()) {
            case ALL -> "all" + (catchUp.maxRuns() > 0 ? " (at most " + catchUp.maxRuns() + ")" : "");
            case LATEST -> "latest";
            case NONE -> "none";
        };
    }
}
