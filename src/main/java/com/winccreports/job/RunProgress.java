package com.winccreports.job;

/**
 * Receives progress while a report runs, from worker threads. The CLI prints it; the scheduler may log it.
 */
public interface RunProgress {

    /** The run started as job execution {@code executionId} (so a caller can stop it, e.g. on SIGTERM). */
    default void executionStarted(long executionId) {
    }

    /** The run has planned {@code partitions} partitions over {@code expectedValues} values (estimate, may be 0). */
    default void planned(int partitions, long expectedValues) {
    }

    /** A chunk committed {@code values} values. */
    default void valuesRead(long values) {
    }

    /** A partition finished. */
    default void partitionDone() {
    }

    /** A step (merge, render, ...) started. */
    default void stepStarted(String step) {
    }

    static RunProgress silent() {
        return new RunProgress() {
        };
    }
}
