package com.winccreports.job;

import com.winccreports.definition.Definitions;
import com.winccreports.definition.JobDefinition;
import com.winccreports.job.publish.VersionPublisher;
import com.winccreports.job.watermark.WinccWatermark;
import com.winccreports.period.PeriodKind;
import com.winccreports.period.PeriodPolicy;
import com.winccreports.period.ReportPeriod;
import com.winccreports.system.ConsoleFailure;
import com.winccreports.system.ExitCode;
import com.winccreports.system.HomeFolder;
import com.winccreports.system.SafeName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.NoSuchJobExecutionException;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Runs jobs of every kind through Spring Batch, deciding per request whether it is a new report, a re-issue
 * (next version) or the restart of a failed one ({@link Versions}) — never a silent duplicate.
 */
class BatchJobRunService implements JobRunService {

    private static final Logger log = LoggerFactory.getLogger(BatchJobRunService.class);

    private final JobKinds kinds;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final HomeFolder home;
    private final JobProperties properties;
    private final RunProgressRegistry progressRegistry;
    private final ExecutionHistory history;
    private final Versions versions;
    private final WinccWatermark watermark;
    private final RunDataPurger purger;
    private final RunAdmission admission;
    private final KilledRunRecovery recovery;

    BatchJobRunService(JobKinds kinds, JobOperator jobOperator, JobRepository jobRepository, HomeFolder home,
            JobProperties properties, RunProgressRegistry progressRegistry, ExecutionHistory history,
            WinccWatermark watermark, RunDataPurger purger, RunAdmission admission) {
        this.kinds = kinds;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.home = home;
        this.properties = properties;
        this.progressRegistry = progressRegistry;
        this.history = history;
        this.versions = new Versions(jobRepository, history);
        this.watermark = watermark;
        this.purger = purger;
        this.admission = admission;
        this.recovery = new KilledRunRecovery(jobRepository, jobOperator);
    }

    @Override
    public RunOutcome run(String jobName, ReportPeriod period, RunOptions options) {
        RunAdmission.Admitted admitted;
        JobKind kind;
        ReportPeriod runPeriod = period;
        boolean batchRunning = false;
        try {
            if (options.batch() == null && period == null) {
                throw new IllegalArgumentException("no period given for job " + jobName);
            }
            SafeName.check("job name", jobName);
            Definitions definitions = Definitions.load(home);
            if (options.batch() != null) {
                JobDefinition batchJob = definitions.job(jobName);
                JobKind.BatchPeriod batch = kinds.of(batchJob).batchPeriod(batchJob, definitions.siteOf(batchJob),
                        options.batch());
                runPeriod = batch.period();
                batchRunning = batch.running();
                if (batch.line() != null && !options.lines().isEmpty() && !options.lines().contains(batch.line())) {
                    throw new IllegalArgumentException("batch " + options.batch() + " ran on line " + batch.line()
                            + ", not on " + String.join(", ", options.lines()) + ": ask for line " + batch.line()
                            + " or for no line");
                }
            }
            admitted = admission.admit(definitions, jobName, runPeriod, options.lines());
            kind = kinds.of(admitted.job());
            kind.check(admitted.job(), admitted.site(), options);
        } catch (IllegalArgumentException e) {
            return RunOutcome.refused(e.getMessage());
        }
        admitted.warnings().forEach(warning -> log.warn("{}", warning));
        JobDefinition definition = admitted.job();
        int gridSize = properties.gridSize() > 0 ? properties.gridSize() : definition.partitioning().gridSize();
        RunParameters first = new RunParameters(jobName, runPeriod, options.lines(), 1, gridSize, options.runBy(),
                options.batch(), options.formats(), null, options.identifiedBy());
        if (admitted.verdict() instanceof PeriodPolicy.Verdict.Preliminary preliminary) {
            return preliminary(kind.batchJob(), first.asPreliminary(preliminary.now()), options.progress());
        }
        if (batchRunning) { // its span ends at the moment asked: data up to then, as for a period not yet ended
            return preliminary(kind.batchJob(), first.asPreliminary(runPeriod.to()), options.progress());
        }
        Versions.Decision decision = versions.decide(kind.batchJob().getName(), first, options.reissue(),
                highestOtherVersionFolder(jobName, runPeriod.label(), first));
        if (decision.refusal() != null) {
            return RunOutcome.refused(decision.refusal());
        }
        return launch(kind.batchJob(), decision.parameters(), options.progress());
    }

    /**
     * The highest {@code v<n>} folder of the period in {@code output/<job>/<period>/} (0: none): the versions every
     * request of the period shares, whatever lines or formats each one holds. Names were checked by the admission.
     */
    private int highestVersionFolder(String jobName, String periodLabel) {
        return versionFolders(jobName, periodLabel).keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /**
     * The highest version folder of the period that holds another request than {@code first} — other lines or
     * formats, by its manifest's parameters (0: none). A folder of this very request (its database lost) is not
     * counted: the publish step keeps it as it is.
     */
    private int highestOtherVersionFolder(String jobName, String periodLabel, RunParameters first) {
        String formats = first.formats().isEmpty() ? null : String.join(",", first.formats());
        return versionFolders(jobName, periodLabel).entrySet().stream().filter(folder -> {
            try {
                Map<String, String> held = VersionPublisher.readManifest(folder.getValue()).parameters();
                return !(first.linesKey().equals(held.get(RunParameters.LINES))
                        && Objects.equals(formats, held.get(RunParameters.FORMATS)));
            } catch (RuntimeException unreadable) {   // no or a broken manifest: not this request's, as far as known
                return true;
            }
        }).mapToInt(Map.Entry::getKey).max().orElse(0);
    }

    private Map<Integer, Path> versionFolders(String jobName, String periodLabel) {
        Path folder = home.output().resolve(jobName).resolve(periodLabel);
        if (!Files.isDirectory(folder)) {
            return Map.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory)
                    .filter(entry -> entry.getFileName().toString().matches("v[1-9][0-9]{0,8}"))
                    .collect(Collectors.toMap(entry -> Integer.parseInt(entry.getFileName().toString().substring(1)),
                            entry -> entry));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /**
     * A preliminary report, outside the version numbering: never refused as "already reported", never blocking
     * the final v1; the same one asked for twice at the same instant is the one published.
     */
    private RunOutcome preliminary(Job job, RunParameters parameters, RunProgress progress) {
        JobExecution same = jobRepository.getLastJobExecution(job.getName(), parameters.toJobParameters());
        return same != null && same.getStatus() == BatchStatus.COMPLETED ? history.outcomeOf(same)
                : launch(job, parameters, progress);
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
        Optional<JobKind> kind = kinds.byBatchJob(execution.getJobInstance().getJobName());
        if (kind.isEmpty()) {
            return RunOutcome.refused("execution " + executionId + " is of job " + execution.getJobInstance()
                    .getJobName() + ", which this build cannot run");
        }
        return launch(kind.get().batchJob(), RunParameters.of(execution.getJobParameters()), progress);
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
    public Optional<ExecutionSummary> latest(String jobName, ReportPeriod period, List<String> lines) {
        RunParameters first = new RunParameters(jobName, period, lines, 1, 1, "");
        for (String batchJob : kinds.batchJobNames()) {
            Optional<JobInstance> newest = versions.newest(batchJob, first);
            if (newest.isPresent()) {
                JobExecution last = jobRepository.getLastJobExecution(newest.get());
                // an instance without executions: housekeeping purged its history, the register remembers it
                return last == null ? history.published(newest.get()) : Optional.of(history.summary(last));
            }
        }
        return Optional.empty();
    }

    @Override
    public int newestVersion(String jobName, ReportPeriod period) {
        return highestVersionFolder(SafeName.check("job name", jobName), SafeName.check("period", period.label()));
    }

    @Override
    public List<ExecutionSummary> executions(int limit) {
        return history.recent(limit, kinds.batchJobNames());
    }

    @Override
    public ReportPeriod lastCompletePeriod(String jobName, Instant now) {
        Definitions definitions = Definitions.load(home);
        return definitions.siteOf(definitions.job(jobName)).periods().latestEndedBy(PeriodKind.PRODUCTION_DAY, now);
    }

    @Override
    public Optional<Instant> archivedUntil(String jobName, Instant asOf) {
        return watermark.archivedUntil(jobName, asOf);
    }

    @Override
    public int purgeStaging(String jobName, Instant before) {
        return purger.purgeStaging(jobName, before);
    }

    @Override
    public int purgeHistory(String jobName, Instant before) {
        return purger.purgeHistory(jobName, before);
    }

    private RunOutcome launch(Job job, RunParameters parameters, RunProgress progress) {
        log.info("Starting report {} {} lines {} version {}", parameters.definition(), parameters.period().label(),
                parameters.linesKey(), parameters.version());
        progressRegistry.register(parameters, progress);
        try {
            JobExecution execution = startOrRecover(job, parameters);
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

    private JobExecution startOrRecover(Job job, RunParameters parameters) throws Exception {
        recovery.recover(job.getName(), parameters.toJobParameters());
        return jobOperator.start(job, parameters.toJobParameters());
    }
}
