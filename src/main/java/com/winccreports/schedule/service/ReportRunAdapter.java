package com.winccreports.schedule.service;

import com.winccreports.schedule.PeriodRunner;
import com.winccreports.schedule.ReportPeriod;
import com.winccreports.schedule.RunRequest;
import com.winccreports.schedule.RunSnapshot;
import com.winccreports.shiftreport.ExecutionSummary;
import com.winccreports.shiftreport.ReportRunService;
import com.winccreports.shiftreport.RunOptions;
import com.winccreports.shiftreport.RunOutcome;
import com.winccreports.shiftreport.RunProgress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The report job behind the scheduler's {@link PeriodRunner}: every line of the job, run by
 * {@code scheduler}; a start the job refuses (already reported, running elsewhere) is answered with what
 * the job's history says about that period.
 */
public final class ReportRunAdapter implements PeriodRunner {

    private final ReportRunService service;

    public ReportRunAdapter(ReportRunService service) {
        this.service = service;
    }

    @Override
    public RunSnapshot start(RunRequest request) {
        RunOptions options = new RunOptions(List.of(), request.reissue(), "scheduler", RunProgress.silent());
        RunOutcome outcome = service.run(request.job(), toJob(request.period()), options);
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
        return service.latest(job, toJob(period), List.of()).map(ReportRunAdapter::snapshot);
    }

    static com.winccreports.shiftreport.ReportPeriod toJob(ReportPeriod period) {
        return new com.winccreports.shiftreport.ReportPeriod(period.start(), period.end(), period.label());
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
