package com.winccreports.shiftreport;

import org.springframework.batch.core.launch.NoSuchJobExecutionException;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import com.winccreports.definition.Definitions;
import com.winccreports.definition.InvalidDefinitionException;
import com.winccreports.definition.JobDefinition;
import com.winccreports.system.ConsoleFailure;
import com.winccreports.system.ExitCode;
import com.winccreports.system.HomeFolder;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Runs the shift report job through Spring Batch, deciding per request whether it is a new report,
 * a re-issue (next version) or the restart of a failed one — never a silent duplicate.
 */
class BatchReportRunService implements ReportRunService {

    private static final Logger log = LoggerFactory.getLogger(BatchReportRunService.class);

    private final Job job;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final HomeFolder home;
    private final ShiftReportProperties properties;
    private final RunProgressRegistry progressRegistry;
    private final ExecutionHistory history;
    private final RunAdmission admission;

    BatchReportRunService(Job job, JobOperator jobOperator, JobRepository jobRepository, HomeFolder home,
            ShiftReportProperties properties, RunProgressRegistry progressRegistry, ExecutionHistory history,
            RunAdmission admission) {
        this.job = job;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.home = home;
        this.properties = properties;
        this.progressRegistry = progressRegistry;
        this.history = history;
        this.admission = admission;
    }

    @Override
    public RunOutcome run(String jobName, ReportPeriod period, RunOptions options) {
        RunAdmission.Admitted admitted;
        try {
            admitted = admission.admit(jobName, period, options.lines());
        } catch (InvalidDefinitionException | IllegalArgumentException e) {
            return RunOutcome.refused(e.getMessage());
        }
        admitted.warnings().forEach(warning -> log.warn("{}", warning));
        JobDefinition definition = admitted.job();
        int gridSize = properties.gridSize() > 0 ? properties.gridSize() : definition.partitioning().gridSize();
        ReportJobParameters first = new ReportJobParameters(jobName, period, options.lines(), 1, gridSize,
                options.runBy());
        if (admitted.verdict() instanceof PeriodPolicy.Verdict.Preliminary preliminary) {
            // outside the version numbering: never refused as "already reported", never blocking the final v1
            ReportJobParameters parameters = first.asPreliminary(preliminary.now());
            JobExecution same = jobRepository.getLastJobExecution(ShiftReportJobConfiguration.JOB_NAME,
                    parameters.toJobParameters());
            return same != null && same.getStatus() == BatchStatus.COMPLETED ? history.outcomeOf(same)
                    : launch(parameters, options.progress());
        }
        VersionDecision decision = decide(first, options.reissue());
        if (decision.refusal() != null) {
            return RunOutcome.refused(decision.refusal());
        }
        return launch(decision.parameters(), options.progress());
    }

    /** Restarts the report {@code executionId} belongs to, from the last execution of its job instance. */
    @Override
    public RunOutcome restart(long executionId, RunProgress progress) {
        JobExecution execution = execution(executionId);
        if (execution == null) {
            return RunOutcome.refused("no execution " + executionId + " (see: executions)");
        }
        JobExecution last = jobRepository.getLastJobExecution(execution.getJobInstance());
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            return RunOutcome.refused("execution " + executionId + " belongs to a report completed by execution "
                    + last.getId() + "; nothing to restart (run --reissue publishes a new version)");
        }
        if (last != null && last.getStatus() == BatchStatus.ABANDONED) {
            return RunOutcome.refused("execution " + last.getId() + " was abandoned; run the period again");
        }
        return launch(ReportJobParameters.of(execution.getJobParameters()), progress);
    }

    private JobExecution execution(long executionId) {
        try {
            return jobRepository.getJobExecution(executionId);
        } catch (org.springframework.dao.EmptyResultDataAccessException e) {
            return null;
        }
    }

    @Override
    public boolean stop(long executionId) {
        try {
            return jobOperator.stop(executionId);
        } catch (JobExecutionNotRunningException | NoSuchJobExecutionException e) {
            log.info("Cannot stop execution {}: {}", executionId, e.getMessage());
            return false;
        } catch (Exception e) {
            // the operator marks the execution STOPPING first, then looks for tasklets to interrupt — a lookup of
            // job-scoped steps that fails outside the running job (another process, a signal's thread)
            JobExecution after = execution(executionId);
            if (after != null && (after.getStatus() == BatchStatus.STOPPING
                    || after.getStatus() == BatchStatus.STOPPED)) {
                log.debug("Execution {} marked STOPPING; its steps stop at their next commit", executionId, e);
                return true;
            }
            log.info("Cannot stop execution {}: {}", executionId, e.getMessage());
            return false;
        }
    }

    @Override
    public java.util.Optional<ExecutionSummary> latest(String jobName, ReportPeriod period, List<String> lines) {
        ReportJobParameters first = new ReportJobParameters(jobName, period, lines, 1, 1, "");
        JobInstance newest = null;
        for (int version = 1;; version++) {
            JobInstance instance = jobRepository.getJobInstance(ShiftReportJobConfiguration.JOB_NAME,
                    first.withVersion(version).toJobParameters());
            if (instance == null) {
                break;
            }
            newest = instance;
        }
        JobExecution last = newest == null ? null : jobRepository.getLastJobExecution(newest);
        if (last == null && newest != null) {
            return history.published(newest); // its history was purged by housekeeping
        }
        return java.util.Optional.ofNullable(last).map(history::summary);
    }

    @Override
    public List<ExecutionSummary> executions(int limit) {
        return history.recent(limit);
    }

    @Override
    public ReportPeriod lastCompletePeriod(String jobName, Instant now) {
        Definitions definitions = Definitions.load(home);
        return ShiftReportRun.lastCompleteProductionDay(definitions.siteOf(definitions.job(jobName)), now);
    }

    private VersionDecision decide(ReportJobParameters first, boolean reissue) {
        int version = 1;
        JobInstance latest = null;
        for (JobInstance instance; (instance = jobRepository.getJobInstance(ShiftReportJobConfiguration.JOB_NAME,
                first.withVersion(version).toJobParameters())) != null; version++) {
            latest = instance;
        }
        if (latest == null) {
            return VersionDecision.start(first);
        }
        ReportJobParameters current = first.withVersion(version - 1);
        JobExecution last = jobRepository.getLastJobExecution(latest);
        java.util.Optional<ExecutionSummary> purged = last == null ? history.published(latest)
                : java.util.Optional.empty();
        if (purged.isPresent()) {
            return purgedReport(first, version, purged.get(), reissue);
        }
        BatchStatus status = last == null ? BatchStatus.FAILED : last.getStatus();
        if (status == BatchStatus.COMPLETED) {
            return reissue ? VersionDecision.start(first.withVersion(version))
                    : VersionDecision.refuse(first.definition() + " " + first.period().label() + " (lines "
                            + first.linesKey() + ") is already reported as v" + (version - 1)
                            + " by execution " + last.getId() + "; --reissue publishes v" + version
                            + " and keeps v" + (version - 1) + " marked superseded");
        }
        if (status.isRunning()) {
            return VersionDecision.refuse("execution " + last.getId() + " of this report is marked " + status
                    + "; if its process is gone, run: restart " + last.getId());
        }
        if (status == BatchStatus.ABANDONED) {
            return VersionDecision.start(first.withVersion(version));
        }
        return VersionDecision.restartOf(current);
    }

    /** A report housekeeping purged the history of: the publication register still says it is reported. */
    private static VersionDecision purgedReport(ReportJobParameters first, int next, ExecutionSummary published,
            boolean reissue) {
        return reissue ? VersionDecision.start(first.withVersion(next))
                : VersionDecision.refuse(first.definition() + " " + first.period().label() + " (lines "
                        + first.linesKey() + ") is already reported as v" + (next - 1) + " (execution "
                        + published.executionId() + ", history purged); --reissue publishes v" + next);
    }

    private RunOutcome launch(ReportJobParameters parameters, RunProgress progress) {
        log.info("Starting report {} {} lines {} version {}", parameters.definition(), parameters.period().label(),
                parameters.linesKey(), parameters.version());
        progressRegistry.register(parameters, progress);
        try {
            JobExecution execution = startOrRecover(parameters);
            return history.outcomeOf(execution);
        } catch (Exception e) {
            log.error("Report run failed to start", e);
            ConsoleFailure failure = ConsoleFailure.of(e);
            return new RunOutcome(null, parameters.version(), failure.exitCode() == ExitCode.REFUSED
                    ? RunOutcome.Status.REFUSED : RunOutcome.Status.FAILED_RESTARTABLE, null, List.of(),
                    failure.message());
        } finally {
            progressRegistry.unregister(parameters);
        }
    }

    private JobExecution startOrRecover(ReportJobParameters parameters) throws Exception {
        JobExecution last = jobRepository.getLastJobExecution(ShiftReportJobConfiguration.JOB_NAME,
                parameters.toJobParameters());
        if (last != null && last.getStatus().isRunning()) {
            // the process that ran it is gone (its caller asked for a restart): mark it failed first
            log.warn("Execution {} is marked {}; recovering it as abruptly ended", last.getId(), last.getStatus());
            jobOperator.recover(last);
        }
        return jobOperator.start(job, parameters.toJobParameters());
    }

    private record VersionDecision(ReportJobParameters parameters, boolean restart, String refusal) {

        static VersionDecision start(ReportJobParameters parameters) {
            return new VersionDecision(parameters, false, null);
        }

        static VersionDecision restartOf(ReportJobParameters parameters) {
            return new VersionDecision(parameters, true, null);
        }

        static VersionDecision refuse(String why) {
            return new VersionDecision(null, false, why);
        }
    }
}
