package com.winccreports.shift.calendar;

import java.time.Duration;
import java.time.Instant;

/**
 * A stretch of a shift as the plan sees it: planned busy time, a planned break, or a shift on a non-working
 * day or holiday (all of it planned downtime). {@link ShiftInstance#parts()} tiles a shift with them.
 *
 * @param start inclusive start (UTC)
 * @param end   exclusive end (UTC)
 * @param kind  what the plan says about this stretch
 * @param label the break's label, the day's note for a non-working day, else {@code null}
 */
public record ShiftPart(Instant start, Instant end, Kind kind, String label) {

    /** What the plan says about a stretch of a shift. */
    public enum Kind {
        /** Planned busy time: the machine is meant to produce. */
        BUSY,
        /** A planned break. */
        BREAK,
        /** The whole shift, on a non-working day or holiday. */
        NON_WORKING
    }

    /**
     * Whether this stretch is planned busy time; with {@code breaksAreBusy} (the job's
     * {@code plannedStops: included}) breaks count as busy time too.
     */
    public boolean busy(boolean breaksAreBusy) {
        return kind == Kind.BUSY || (breaksAreBusy && kind == Kind.BREAK);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public long startMillis() {
        return start.toEpochMilli();
    }

    public long endMillis() {
        return end.toEpochMilli();
    }
}
