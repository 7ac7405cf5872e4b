package com.winccreports.schedule;

import com.winccreports.period.ReportPeriod;
import java.time.Instant;
import java.util.Objects;

/**
 * The scheduler's record of one period of one job: planned, waiting for data, running, done, failed
 * or skipped. Kept in the job database beside the job repository, so a restarted service knows where
 * it stopped.
 *
 * @param firedAt         when the trigger fired for this period
 * @param state           where the period stands
 * @param attempts        runs started for it so far
 * @param waitingSince    first time the completeness wait found it short, else {@code null}
 * @param recheckAt       when to look at it again (completeness wait, running elsewhere), else {@code null}
 * @param executionId     the newest job execution, else {@code null}
 * @param owner           the service instance that runs it (to spot runs of a process that died)
 * @param version         the newest published report version, 0 when none
 * @param incomplete      the newest version was made before the archive had the whole period
 * @param deadlineAlerted the not-ready-by-deadline alert went out
 * @param message         the last failure or note
 */
public record LedgerEntry(String job, ReportPeriod period, Instant firedAt, State state, int attempts,
        Instant waitingSince, Instant recheckAt, Long executionId, String owner, int version, boolean incomplete,
        boolean deadlineAlerted, String message) {

    /** Where a period stands. */
    public enum State {
        PLANNED, WAITING, RUNNING, DELIVERING, COMPLETED, FAILED, SKIPPED;

        /** States the service still has work for. */
        public boolean open() {
            return this != COMPLETED && this != SKIPPED;
        }
    }

    public LedgerEntry {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(firedAt, "firedAt");
        Objects.requireNonNull(state, "state");
        message = message == null ? "" : message;
    }

    /** A freshly planned (or skipped) period. */
    public static LedgerEntry of(String job, Firing firing, State state) {
        return new LedgerEntry(job, firing.period(), firing.at(), state, 0, null, null, null, null, 0, false, false,
                state == State.SKIPPED ? "skipped by the catch-up policy" : "");
    }

    public LedgerEntry waiting(Instant since, Instant recheck, String note) {
        return new LedgerEntry(job, period, firedAt, State.WAITING, attempts, since, recheck, executionId, owner,
                version, incomplete, deadlineAlerted, note);
    }

    public LedgerEntry running(String runner, boolean markedIncomplete) {
        return new LedgerEntry(job, period, firedAt, State.RUNNING, attempts + 1, waitingSince, null, executionId,
                runner, version, markedIncomplete, deadlineAlerted, "");
    }

    public LedgerEntry elsewhere(Instant recheck, Long execution, String note) {
        return new LedgerEntry(job, period, firedAt, state, attempts, waitingSince, recheck, execution, owner,
                version, incomplete, deadlineAlerted, note);
    }

    /** The run published {@code newVersion}; it is delivered next. */
    public LedgerEntry published(long execution, int newVersion, boolean isIncomplete) {
        return new LedgerEntry(job, period, firedAt, State.DELIVERING, attempts, waitingSince, null, execution, owner,
                newVersion, isIncomplete, deadlineAlerted, isIncomplete ? "published incomplete" : "");
    }

    /** Every target has the newest version. */
    public LedgerEntry delivered() {
        return new LedgerEntry(job, period, firedAt, State.COMPLETED, attempts, waitingSince, null, executionId, owner,
                version, incomplete, deadlineAlerted, message);
    }

    public LedgerEntry deliveryPending(Instant retryAt, String why) {
        return new LedgerEntry(job, period, firedAt, State.DELIVERING, attempts, waitingSince, retryAt, executionId,
                owner, version, incomplete, deadlineAlerted, why);
    }

    public LedgerEntry failed(Long execution, Instant retryAt, String why) {
        return new LedgerEntry(job, period, firedAt, State.FAILED, attempts, waitingSince, retryAt, execution, owner,
                version, incomplete, deadlineAlerted, why);
    }

    public LedgerEntry alerted() {
        return new LedgerEntry(job, period, firedAt, state, attempts, waitingSince, recheckAt, executionId, owner,
                version, incomplete, true, message);
    }
}
