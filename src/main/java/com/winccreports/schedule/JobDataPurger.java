package com.winccreports.schedule;

import java.time.Instant;

/** Purges what the report job keeps per job: staging rows (partial aggregates) and execution history. */
public interface JobDataPurger {

    /** Deletes staging rows of finished runs of {@code job} whose period ended before {@code before}; returns rows. */
    int purgeStaging(String job, Instant before);

    /** Deletes finished executions of {@code job} (with their steps and contexts) that ended before {@code before}. */
    int purgeHistory(String job, Instant before);
}
