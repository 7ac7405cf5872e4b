package com.winccreports.shiftreport;

import com.winccreports.period.ReportPeriod;
import java.util.List;

/**
 * Runs report jobs: the narrow entry point for the CLI and the scheduler. A period already reported is
 * refused unless {@link RunOptions#reissue()} asks for a new version; a failed or stopped one is restarted,
 * never duplicated. Calls block until the run ends.
 */
public interface ReportRunService {

    /** Runs {@code jobName} (a file name in {@code jobs/}) for {@code period}. */
    RunOutcome run(String jobName, ReportPeriod period, RunOptions options);

    /** Continues a failed, stopped or abruptly ended execution from its last commit. */
    RunOutcome restart(long executionId, RunProgress progress);

    /** Asks a running execution to stop at its next commit; false if it is not running. */
    boolean stop(long executionId);

    /** The most recent executions, newest first. */
    List<ExecutionSummary> executions(int limit);

    /**
     * The newest execution of {@code jobName} for {@code period} and {@code lines} (empty: all lines), of its
     * newest version — in any process on the same database; empty when the period was never run.
     */
    java.util.Optional<ExecutionSummary> latest(String jobName, ReportPeriod period, List<String> lines);

    /** The default period of a job: its site's last complete production day at {@code now}. */
    ReportPeriod lastCompletePeriod(String jobName, java.time.Instant now);
}
