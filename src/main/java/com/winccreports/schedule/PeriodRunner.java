package com.winccreports.schedule;

import com.winccreports.period.ReportPeriod;
import java.util.Optional;

/**
 * The job as the scheduler uses it: start a period, restart a failed or abandoned execution, and tell the
 * newest execution of a period. The report job stands behind it through an adapter; runs are
 * synchronous and identified by job and period, so a second start of the same period is refused by
 * the job repository instead of producing a duplicate report.
 */
public interface PeriodRunner {

    /** Runs the period and returns how it ended; {@link RunSnapshot.Status#RUNNING} when another process has it. */
    RunSnapshot start(RunRequest request);

    /**
     * Restarts a failed or stopped execution, or one still marked running by a process that died (recovering
     * it first), from its last commit, and returns how it ended.
     */
    RunSnapshot restart(long executionId);

    /** The newest execution of the job for the period (any process, the command line too). */
    Optional<RunSnapshot> latest(String job, ReportPeriod period);
}
