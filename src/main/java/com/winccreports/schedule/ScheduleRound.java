package com.winccreports.schedule;

import com.winccreports.schedule.alert.Alert;
import com.winccreports.schedule.alert.Alerts;
import com.winccreports.schedule.delivery.Deliveries;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One wake-up of the scheduler for one job: plan the firings since the last wake-up, store them, raise
 * deadline alerts, move every open period forward (oldest first, runs one after the other), re-issue
 * periods completed by late data, and tell when to wake next. Plain Java: Quartz calls {@link #tick}.
 */
public final class ScheduleRound {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleRound.class);

    private final Clock clock;
    private final Planner planner;
    private final ScheduleLedger ledger;
    private final Alerts alerts;
    private final PeriodProgress progress;
    private volatile boolean stopping;

    /**
     * @param instance names this service process in the ledger; a period left running under another name
     *                 belongs to a process that died and is restarted
     */
    public ScheduleRound(Clock clock, ScheduleLedger ledger, PeriodRunner runner, Watermark watermark,
            Deliveries deliveries, Alerts alerts, String instance) {
        this.clock = clock;
        this.planner = new Planner(clock);
        this.ledger = ledger;
        this.alerts = alerts;
        this.progress = new PeriodProgress(clock, ledger, runner, watermark, deliveries, alerts, instance);
    }

    /** Does what is due for the job now and returns when to wake it next (empty: nothing ahead). */
    public Optional<Instant> tick(JobSchedule job) {
        Plan plan = plan(job);
        Wake wake = new Wake();
        plan.next().ifPresent(next -> wake.atLatest(next.at()));
        watchDeadlines(job, wake);
        for (LedgerEntry entry : ledger.open(job.job())) {
            if (stopping) {
                LOG.info("{}: stopping, {} and later periods are left for the next start", job.job(),
                        entry.period().label());
                return wake.earliest();
            }
            progress.advance(job, entry).ifPresent(wake::atLatest);
        }
        if (job.spec().completeness().reissueOnLateData()) {
            for (LedgerEntry entry : ledger.incomplete(job.job())) {
                progress.reissueIfCaughtUp(job, entry).ifPresent(wake::atLatest);
            }
        }
        return wake.earliest();
    }

    /**
     * Starts no further period: a service shutting down finishes the run in progress (Quartz waits for it)
     * and leaves the rest of a catch-up to its next start.
     */
    public void stop() {
        stopping = true;
    }

    /** Plans and stores the firings since the last wake-up; the first wake-up of a job only starts its cursor. */
    public Plan plan(JobSchedule job) {
        Instant cursor = ledger.cursor(job.job()).orElse(clock.instant());
        Plan plan = planner.plan(job.job(), job.spec().trigger(), job.calendar(), job.spec().catchUp(), cursor);
        ledger.record(plan);
        plan.skipped().forEach(f -> LOG.info("{}: skipped {} (fired {}, catch-up policy {})", job.job(),
                f.period().label(), f.at(), job.spec().catchUp().policy()));
        plan.due().forEach(f -> LOG.info("{}: {} is due (fired {})", job.job(), f.period().label(), f.at()));
        return plan;
    }

    private void watchDeadlines(JobSchedule job, Wake wake) {
        ReadyDeadline readyBy = job.spec().readyBy();
        if (readyBy == null) {
            return;
        }
        Instant now = clock.instant();
        for (LedgerEntry entry : ledger.open(job.job())) {
            Instant deadline = readyBy.deadlineFor(entry.period(), job.calendar().zone());
            if (entry.deadlineAlerted()) {
                continue;
            }
            if (now.isBefore(deadline)) {
                wake.atLatest(deadline);
                continue;
            }
            ledger.update(entry.alerted());
            alerts.raise(new Alert(Alert.Kind.NOT_READY_BY_DEADLINE, job.job(), entry.period(), now,
                    "not ready by " + deadline + " (" + entry.state() + ": " + entry.message() + ")"),
                    job.spec().alerts());
        }
    }

    /** The earliest of the instants offered. */
    private static final class Wake {
        private Instant earliest;

        void atLatest(Instant instant) {
            if (earliest == null || instant.isBefore(earliest)) {
                earliest = instant;
            }
        }

        Optional<Instant> earliest() {
            return Optional.ofNullable(earliest);
        }
    }
}
