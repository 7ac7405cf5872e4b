package com.winccreports.job;

import com.winccreports.period.ReportPeriod;
import java.util.List;

/**
 * Runs jobs of every kind ({@link JobKind}): the one narrow entry point for the CLI verbs, the scheduler and
 * (later) the web API; its signatures are Spring-free. A period already reported is refused unless
 * {@link RunOptions#reissue()} asks for a new version; a failed or stopped one is restarted, never duplicated.
 * Calls block until the run ends. The scheduler also learns from it how far a job's archive has caught up
 * ({@link #archivedUntil}) and purges a job's run data through it.
 */
public interface JobRunService {

    /**
     * Runs {@code jobName} (a file name in {@code jobs/}) for {@code period} — or, when {@link RunOptions#batch()}
     * names a batch, for that batch's span (then {@code period} may be null; an unknown batch is refused).
     */
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

    /**
     * The highest version published for {@code period} of {@code jobName}, whatever lines or formats it holds (0:
     * none): versions are numbered per period, so a request of any lines or formats after it is a re-issue.
     */
    int newestVersion(String jobName, ReportPeriod period);

    /** The default period of a job: its site's last complete production day at {@code now}. */
    ReportPeriod lastCompletePeriod(String jobName, java.time.Instant now);

    /**
     * The instant up to which the archive of every cyclic tag {@code jobName} reads has caught up (its newest value
     * at or before {@code asOf}, plus its logging cycle; the lowest over those tags); {@code asOf} for a job without
     * cyclic tags; empty when it cannot be told (source unreachable, a tag without values).
     */
    java.util.Optional<java.time.Instant> archivedUntil(String jobName, java.time.Instant asOf);

    /** Deletes staging rows of finished runs of {@code jobName} whose period ended before {@code before}; returns rows. */
    int purgeStaging(String jobName, java.time.Instant before);

    /** Deletes finished executions of {@code jobName} (steps and contexts too) that ended before {@code before}. */
    int purgeHistory(String jobName, java.time.Instant before);
}
