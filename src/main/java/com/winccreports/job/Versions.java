package com.winccreports.job;

import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Which version a run request becomes — a new report, the next version of a re-issue, the restart of a failed
 * one, or a refusal — from the job instances of its period in the job repository (one per version, identified by
 * {@link RunParameters}) and, for instances housekeeping purged, the publication register.
 */
final class Versions {

    /** The answer for one request: parameters to start (or restart), or why nothing runs. */
    record Decision(RunParameters parameters, boolean restart, String refusal) {

        static Decision start(RunParameters parameters) {
            return new Decision(parameters, false, null);
        }

        static Decision restartOf(RunParameters parameters) {
            return new Decision(parameters, true, null);
        }

        static Decision refuse(String why) {
            return new Decision(null, false, why);
        }
    }

    private final JobRepository jobRepository;
    private final ExecutionHistory history;

    Versions(JobRepository jobRepository, ExecutionHistory history) {
        this.jobRepository = jobRepository;
        this.history = history;
    }

    /** The newest job instance of the request's period (its newest version), if it was ever run. */
    Optional<JobInstance> newest(String batchJob, RunParameters first) {
        JobInstance newest = null;
        for (int version = 1;; version++) {
            JobInstance instance = jobRepository.getJobInstance(batchJob, first.withVersion(version).toJobParameters());
            if (instance == null) {
                return Optional.ofNullable(newest);
            }
            newest = instance;
        }
    }

    /**
     * The decision for a request whose period already has version folders up to {@code taken} (0: none). Versions
     * are numbered per period, whatever lines or formats each holds, since they share {@code output/<job>/<period>/}:
     * a request of other lines or formats than the published versions is another version of the period, refused
     * unless it is a re-issue, which takes the number after the highest one.
     */
    Decision decide(String batchJob, RunParameters first, boolean reissue, int taken) {
        JobInstance latest = null;
        int latestVersion = 0;
        for (int version = 1;; version++) {   // this request's own versions, also above another request's
            JobInstance instance = jobRepository.getJobInstance(batchJob, first.withVersion(version).toJobParameters());
            if (instance != null) {
                latest = instance;
                latestVersion = version;
            } else if (version > taken) {
                break;
            }
        }
        Decision decision = decide(first, latest, latestVersion, reissue);
        if (decision.refusal() != null || decision.restart() || decision.parameters().version() > taken) {
            return decision;
        }
        return reissue ? Decision.start(decision.parameters().withVersion(taken + 1))
                : Decision.refuse(first.definition() + " " + first.period().label() + " is already reported as v"
                        + taken + " with other lines or formats than lines " + first.linesKey()
                        + (first.formats().isEmpty() ? "" : ", formats " + String.join(",", first.formats()))
                        + "; versions are numbered per period: --reissue publishes this one as v" + (taken + 1));
    }

    private Decision decide(RunParameters first, JobInstance latest, int latestVersion, boolean reissue) {
        if (latest == null) {
            return Decision.start(first);
        }
        int version = latestVersion + 1;
        RunParameters current = first.withVersion(latestVersion);
        JobExecution last = jobRepository.getLastJobExecution(latest);
        Optional<ExecutionSummary> purged = last == null ? history.published(latest) : Optional.empty();
        if (purged.isPresent()) {
            return purgedReport(first, version, purged.get(), reissue);
        }
        BatchStatus status = last == null ? BatchStatus.FAILED : last.getStatus();
        if (status == BatchStatus.COMPLETED) {
            return reissue ? Decision.start(first.withVersion(version))
                    : Decision.refuse(first.definition() + " " + first.period().label() + " (lines "
                            + first.linesKey() + ") is already reported as v" + (version - 1)
                            + " by execution " + last.getId() + "; --reissue publishes v" + version
                            + " and keeps v" + (version - 1) + " marked superseded");
        }
        if (status.isRunning()) {
            return Decision.refuse("execution " + last.getId() + " of this report is marked " + status
                    + "; if its process is gone, run: restart " + last.getId());
        }
        if (status == BatchStatus.ABANDONED) {
            return Decision.start(first.withVersion(version));
        }
        return Decision.restartOf(current);
    }

    /** A report housekeeping purged the history of: the publication register still says it is reported. */
    private static Decision purgedReport(RunParameters first, int next, ExecutionSummary published, boolean reissue) {
        return reissue ? Decision.start(first.withVersion(next))
                : Decision.refuse(first.definition() + " " + first.period().label() + " (lines "
                        + first.linesKey() + ") is already reported as v" + (next - 1) + " (execution "
                        + published.executionId() + ", history purged); --reissue publishes v" + next);
    }
}
