package com.winccreports.schedule.service;

import com.winccreports.job.ExecutionSummary;
import com.winccreports.job.JobRunService;
import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import com.winccreports.job.RunProgress;
import com.winccreports.period.ReportPeriod;
import com.winccreports.schedule.JobDataPurger;
import com.winccreports.schedule.PeriodRunner;
import com.winccreports.schedule.RunRequest;
import com.winccreports.schedule.RunSnapshot;
import com.winccreports.schedule.Watermark;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The jobs behind the scheduler's ports, all through the one narrow interface of the job side
 * ({@link JobRunService}): runs ({@link PeriodRunner}: every line of the job, run by {@code scheduler}; a start
 * the job refuses — already reported, running elsewhere — is answered with what the job's history says about that
 * period), the archive watermark ({@link Watermark}) and housekeeping of run data ({@link JobDataPurger}).
 */
public final class JobRunAdapter implements PeriodRunner, Watermark, JobDataPurger {

    private final JobRunService service;

    public JobRunAdapter(JobRunService service) {
        this.service = service;
    }

    @Override
    public RunSnapshot start(RunRequest request) {
        RunOptions options = new RunOptions(List.of(), request.reissue(), "scheduler", RunProgress.silent());
        RunOutcome outcome = service.run(request.job(), request.period(), options);
        if (outcome.status() == RunOutcome.Status.REFUSED && !request.reissue()) {
            return latest(request.job(), request.period())
                    .filter(run -> run.status() != RunSnapshot.Status.FAILED)
                    .orElse(RunSnapshot.failed(-1, "refused: " + outcome.message()));
        }
        return snapshot(outcome);
    }

    @Override
    public RunSnapshot restart(long executionId) {
        return snapshot(service.restart(executionId, RunProgress.silent()));
    }

    @Override
    public Optional<RunSnapshot> latest(String job, ReportPeriod period) {
        // all lines (empty list), newest version; looked up by job parameters, not by scanning history
        return service.latest(job, period, List.of()).map(JobRunAdapter::snapshot);
    }

    @Override
    public Optional<java.time.Instant> archivedUntil(String job, java.time.Instant asOf) {
        return service.archivedUntil(job, asOf);
    }

    @Override
    public int purgeStaging(String job, java.time.Instant before) {
        return service.purgeStaging(job, before);
    }

    @Override
    public int purgeHistory(String job, java.time.Instant before) {
        return service.purgeHistory(job, before);
    }

    private static RunSnapshot snapshot(RunOutcome outcome) {
        long execution = outcome.executionId() == null ? -1 : outcome.executionId();
        return switch (outcome.status()) {
            case COMPLETED, COMPLETED_INCOMPLETE_DATA -> new RunSnapshot(execution, RunSnapshot.Status.COMPLETED,
                    outcome.version(), outcome.files(),
                    outcome.status() == RunOutcome.Status.COMPLETED_INCOMPLETE_DATA, outcome.message());
            case FAILED_RESTARTABLE, FAILED_CONFIGURATION, REFUSED -> RunSnapshot.failed(execution, outcome.message());
        };
    }

    private static RunSnapshot snapshot(ExecutionSummary execution) {
        RunSnapshot.Status status = switch (execution.status()) {
            case "COMPLETED" -> RunSnapshot.Status.COMPLETED;
            case "STARTING", "STARTED", "STOPPING" -> RunSnapshot.Status.RUNNING;
            case "ABANDONED" -> RunSnapshot.Status.ABANDONED;
            default -> RunSnapshot.Status.FAILED;
        };
        List<Path> files = execution.outputFiles().stream().map(Path::of).toList();
        return new RunSnapshot(execution.executionId(), status, execution.version(), files, false,
                execution.status() + " " + execution.exitCode());
    }
}
