package com.winccreports.schedule;

import com.winccreports.schedule.alert.Alert;
import com.winccreports.schedule.alert.Alerts;
import com.winccreports.schedule.delivery.Deliveries;
import com.winccreports.schedule.delivery.ReportVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves one period of one job forward by one step: waits for complete data, starts or restarts the
 * run (or adopts a run another process made), delivers the published version. Each step is stored in
 * the ledger before the next begins, so a service killed at any point resumes where it was.
 */
final class PeriodProgress {

    /** Automatic runs of a period before it is left failed for a person to restart. */
    static final int MAX_ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(PeriodProgress.class);

    private final Clock clock;
    private final ScheduleLedger ledger;
    private final PeriodRunner runner;
    private final Watermark watermark;
    private final Deliveries deliveries;
    private final Alerts alerts;
    private final String instance;
    private final CompletenessGate gate = new CompletenessGate();

    PeriodProgress(Clock clock, ScheduleLedger ledger, PeriodRunner runner, Watermark watermark,
            Deliveries deliveries, Alerts alerts, String instance) {
        this.clock = clock;
        this.ledger = ledger;
        this.runner = runner;
        this.watermark = watermark;
        this.deliveries = deliveries;
        this.alerts = alerts;
        this.instance = instance;
    }

    /** Advances the entry as far as it goes now; returns when it needs looking at again, if ever. */
    Optional<Instant> advance(JobSchedule job, LedgerEntry entry) {
        Instant now = clock.instant();
        if (entry.recheckAt() != null && now.isBefore(entry.recheckAt())) {
            return Optional.of(entry.recheckAt());
        }
        if (entry.state() == LedgerEntry.State.DELIVERING) {
            return deliver(job, entry, null);
        }
        if (entry.state() == LedgerEntry.State.FAILED && entry.attempts() >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        Optional<RunSnapshot> known = runner.latest(job.job(), entry.period());
        if (known.isEmpty()) {
            return startWhenComplete(job, entry, now);
        }
        return continueFrom(job, entry, known.get(), now);
    }

    /** Runs a period again as a new version once late data has completed it. */
    Optional<Instant> reissueIfCaughtUp(JobSchedule job, LedgerEntry entry) {
        Instant now = clock.instant();
        if (!gate.caughtUp(entry.period(), watermark.archivedUntil(job.job(), now))) {
            return Optional.of(now.plus(job.spec().completeness().checkInterval()));
        }
        LOG.info("late data completed {} {}: making a new version", job.job(), entry.period().label());
        return run(job, entry.running(instance, false), new RunRequest(job.job(), entry.period(), false, true));
    }

    private Optional<Instant> continueFrom(JobSchedule job, LedgerEntry entry, RunSnapshot run, Instant now) {
        switch (run.status()) {
            case COMPLETED:
                return deliver(job, entry.published(run.executionId(), run.version(),
                        entry.incomplete() || run.incomplete()), run);
            case ABANDONED:
                return run(job, entry.running(instance, entry.incomplete()),
                        new RunRequest(job.job(), entry.period(), entry.incomplete(), false));
            case RUNNING:
                if (!(entry.state() == LedgerEntry.State.RUNNING && !instance.equals(entry.owner()))) {
                    Instant recheck = now.plus(job.spec().completeness().checkInterval());
                    ledger.update(entry.elsewhere(recheck, run.executionId(), "running in another process"));
                    return Optional.of(recheck);
                }
                LOG.warn("{} {} was running in a service that stopped: restarting execution {}", job.job(),
                        entry.period().label(), run.executionId());
                return restart(job, entry, run.executionId());
            default:
                return restart(job, entry, run.executionId());
        }
    }

    private Optional<Instant> startWhenComplete(JobSchedule job, LedgerEntry entry, Instant now) {
        Instant firstChecked = entry.waitingSince() == null ? now : entry.waitingSince();
        Optional<Instant> archived = watermark.archivedUntil(job.job(), now);
        CompletenessGate.Decision decision = gate.decide(entry.period(), archived, job.spec().completeness(),
                firstChecked, now);
        if (decision instanceof CompletenessGate.Wait wait) {
            ledger.update(entry.waiting(firstChecked, wait.recheckAt(), "archive holds data until "
                    + archived.map(Instant::toString).orElse("unknown") + ", waiting"));
            return Optional.of(wait.recheckAt());
        }
        boolean incomplete = decision instanceof CompletenessGate.GiveUp;
        return run(job, entry.running(instance, incomplete), new RunRequest(job.job(), entry.period(), incomplete, false));
    }

    private Optional<Instant> restart(JobSchedule job, LedgerEntry entry, long executionId) {
        LedgerEntry running = entry.running(instance, entry.incomplete());
        ledger.update(running);
        return finish(job, running, () -> runner.restart(executionId));
    }

    private Optional<Instant> run(JobSchedule job, LedgerEntry running, RunRequest request) {
        ledger.update(running);
        return finish(job, running, () -> runner.start(request));
    }

    private Optional<Instant> finish(JobSchedule job, LedgerEntry running, java.util.function.Supplier<RunSnapshot> call) {
        RunSnapshot result;
        try {
            result = call.get();
        } catch (RuntimeException e) {
            result = RunSnapshot.failed(running.executionId() == null ? -1 : running.executionId(), e.toString());
        }
        if (result.status() == RunSnapshot.Status.COMPLETED) {
            return deliver(job, running.published(result.executionId(), result.version(),
                    running.incomplete() || result.incomplete()), result);
        }
        if (result.status() == RunSnapshot.Status.RUNNING) {
            Instant recheck = clock.instant().plus(job.spec().completeness().checkInterval());
            ledger.update(running.elsewhere(recheck, result.executionId(), "running in another process"));
            return Optional.of(recheck);
        }
        return failed(job, running, result);
    }

    private Optional<Instant> failed(JobSchedule job, LedgerEntry running, RunSnapshot result) {
        Long execution = result.executionId() < 0 ? running.executionId() : Long.valueOf(result.executionId());
        boolean retry = running.attempts() < MAX_ATTEMPTS;
        Instant retryAt = retry ? clock.instant().plus(Duration.ofMinutes(5L * running.attempts())) : null;
        ledger.update(running.failed(execution, retryAt, result.message()));
        alerts.raise(new Alert(Alert.Kind.RUN_FAILED, job.job(), running.period(), clock.instant(),
                "attempt " + running.attempts() + " of " + MAX_ATTEMPTS + " failed: " + result.message()
                        + (retry ? "; retrying at " + retryAt : "; giving up, restart it by hand")),
                job.spec().alerts());
        return Optional.ofNullable(retryAt);
    }

    private Optional<Instant> deliver(JobSchedule job, LedgerEntry published, RunSnapshot run) {
        List<java.nio.file.Path> files = run != null ? run.outputs()
                : runner.latest(job.job(), published.period()).map(RunSnapshot::outputs).orElse(List.of());
        ReportVersion report = new ReportVersion(job.job(), published.period(), Math.max(1, published.version()),
                published.incomplete(), files);
        List<Deliveries.Failure> failures = deliveries.deliverOnce(report, job.spec().delivery());
        if (failures.isEmpty()) {
            ledger.update(published.delivered());
            if (published.incomplete()) {
                alerts.raise(new Alert(Alert.Kind.REPORT_INCOMPLETE, job.job(), published.period(), clock.instant(),
                        "version " + report.version() + " was made before the archive held the whole period"),
                        job.spec().alerts());
            }
            return Optional.empty();
        }
        Instant retryAt = clock.instant().plus(job.spec().completeness().checkInterval());
        String why = "delivery failed: " + failures;
        if (!published.message().startsWith("delivery failed")) {
            alerts.raise(new Alert(Alert.Kind.DELIVERY_FAILED, job.job(), published.period(), clock.instant(), why),
                    job.spec().alerts());
        }
        ledger.update(published.deliveryPending(retryAt, why));
        return Optional.of(retryAt);
    }
}
