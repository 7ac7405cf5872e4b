package com.winccreports.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the scheduler keeps its cursor and its periods, per job. */
public interface ScheduleLedger {

    /** The instant up to which firings of {@code job} were planned; empty before the first plan. */
    Optional<Instant> cursor(String job);

    /**
     * Stores a plan in one transaction: due periods as planned, skipped ones as skipped (a period
     * already known keeps its state), and the plan's instant as the new cursor.
     */
    void record(Plan plan);

    /** Replaces the stored state of the entry's period. */
    void update(LedgerEntry entry);

    /** Periods of {@code job} with work left, oldest first. */
    List<LedgerEntry> open(String job);

    /** Completed periods of {@code job} whose report was published incomplete, oldest first. */
    List<LedgerEntry> incomplete(String job);

    /** The newest periods of {@code job} in any state, newest first. */
    List<LedgerEntry> recent(String job, int limit);

    /** Forgets periods of {@code job} that ended before {@code before}; returns how many. */
    int purge(String job, Instant before);
}
