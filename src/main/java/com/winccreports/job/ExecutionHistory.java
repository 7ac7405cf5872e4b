package com.winccreports.job;

import com.winccreports.job.publish.Publication;
import com.winccreports.job.publish.PublicationStore;
import com.winccreports.job.publish.ReportFileException;
import com.winccreports.job.publish.VersionPublisher;
import com.winccreports.publication.PackageManifest;
import com.winccreports.system.ConsoleFailure;
import com.winccreports.system.ExitCode;
import com.winccreports.wincc.WinccException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/** Reads the job repository and the publication register into summaries and run outcomes. */
final class ExecutionHistory {

    /** Step execution context key where reading steps count the archive values they read. */
    static final String VALUES_READ = "values.read";

    private final JobRepository jobRepository;
    private final PublicationStore publications;

    ExecutionHistory(JobRepository jobRepository, PublicationStore publications) {
        this.jobRepository = jobRepository;
        this.publications = publications;
    }

    /** The newest {@code limit} executions of the Spring Batch jobs named, newest first. */
    List<ExecutionSummary> recent(int limit, List<String> batchJobs) {
        List<ExecutionSummary> summaries = new ArrayList<>();
        for (String batchJob : batchJobs) {
            for (JobInstance instance : jobRepository.getJobInstances(batchJob, 0, limit)) {
                List<JobExecution> executions = jobRepository.getJobExecutions(instance);
                for (JobExecution execution : executions) {
                    summaries.add(summary(execution, executions));
                }
            }
        }
        summaries.sort(Comparator.comparingLong(ExecutionSummary::executionId).reversed());
        return summaries.subList(0, Math.min(limit, summaries.size()));
    }

    ExecutionSummary summary(JobExecution execution) {
        return summary(execution, execution.getJobInstance() == null ? List.of()
                : jobRepository.getJobExecutions(execution.getJobInstance()));
    }

    /** The summary of {@code execution}, one of {@code ofInstance}, its job instance's executions. */
    private ExecutionSummary summary(JobExecution execution, List<JobExecution> ofInstance) {
        RunParameters parameters = RunParameters.of(execution.getJobParameters());
        Optional<Publication> publication = publications.byExecution(execution.getId());
        LocalDateTime start = execution.getStartTime();
        LocalDateTime end = execution.getEndTime() != null ? execution.getEndTime() : execution.getLastUpdated();
        return new ExecutionSummary(execution.getId(), execution.getJobInstance().getInstanceId(),
                parameters.definition(), parameters.period().label(), parameters.linesKey(), parameters.version(),
                execution.getStatus().name(), execution.getExitStatus().getExitCode(),
                start == null ? null : start.atZone(ZoneId.systemDefault()).toInstant(),
                start == null || end == null ? Duration.ZERO : Duration.between(start, end),
                valuesRead(execution, ofInstance),
                publication.map(p -> p.files().stream().map(f -> p.folder().resolve(f).toString()).toList())
                        .orElse(List.of()), publication.map(Publication::incompleteData).orElse(false));
    }

    /** A report whose executions were purged, as its publication in the register shows it. */
    Optional<ExecutionSummary> published(JobInstance instance) {
        return publications.byInstance(instance.getInstanceId()).map(p -> new ExecutionSummary(p.executionId(),
                p.instanceId(), p.job(), p.period(), p.lines(), p.version(), BatchStatus.COMPLETED.name(),
                "COMPLETED", p.publishedAt(), Duration.ZERO, 0,
                p.files().stream().map(f -> p.folder().resolve(f).toString()).toList(), p.incompleteData()));
    }

    RunOutcome outcomeOf(JobExecution execution) {
        JobExecution stored = jobRepository.getJobExecution(execution.getId());
        JobExecution current = stored == null ? execution : stored;
        RunParameters parameters = RunParameters.of(current.getJobParameters());
        int version = parameters.version();
        if (current.getStatus() == BatchStatus.COMPLETED) {
            return published(current, parameters);
        }
        if (current.getStatus() == BatchStatus.STOPPED) {
            return new RunOutcome(current.getId(), version, RunOutcome.Status.FAILED_RESTARTABLE, null, List.of(),
                    RunOutcome.STOPPED + "at its last commit — continue with: restart " + current.getId());
        }
        Throwable failure = firstFailure(execution).orElse(null);
        if (failure == null || fileFailure(failure) != null) {
            // a report file that could not be written or rendered: its message names the file and the reason
            return new RunOutcome(current.getId(), version, RunOutcome.Status.FAILED_RESTARTABLE, null, List.of(),
                    current.getStatus() + ": " + (failure == null ? failureOf(current) : fileFailure(failure)
                            .getMessage()) + " — continue with: restart " + current.getId());
        }
        ConsoleFailure explained = ConsoleFailure.of(failure);
        boolean configuration = explained.exitCode() == ExitCode.REFUSED;
        return new RunOutcome(current.getId(), version, configuration ? RunOutcome.Status.FAILED_CONFIGURATION
                : RunOutcome.Status.FAILED_RESTARTABLE, null, List.of(), explained.message()
                        + (configuration ? "; then continue with: restart " : " — continue with: restart ")
                        + current.getId());
    }

    private RunOutcome published(JobExecution current, RunParameters parameters) {
        Optional<Publication> publication = publications.byInstance(current.getJobInstance().getInstanceId());
        Path folder = publication.map(Publication::folder).orElse(null);
        List<Path> files = publication.map(p -> p.files().stream().map(p.folder()::resolve).toList())
                .orElse(List.of());
        boolean incomplete = publication.map(Publication::incompleteData).orElse(false);
        if (parameters.preliminary()) {
            return new RunOutcome(current.getId(), parameters.version(), RunOutcome.Status.COMPLETED_INCOMPLETE_DATA,
                    folder, files, "PRELIMINARY: period " + parameters.period().label() + " ends at "
                            + parameters.period().to() + "; this report holds data up to " + parameters.asOf()
                            + " and is replaced by the next preliminary run; the final v1 is published after the "
                            + "period has ended");
        }
        Optional<String> reused = publication.flatMap(p -> reusedFrom(p, current));
        String message = reused.orElse(incomplete
                ? "published; some data is incomplete (gaps, bad quality or late data: marked in the files)" : "published");
        return new RunOutcome(current.getId(), parameters.version(), incomplete
                ? RunOutcome.Status.COMPLETED_INCOMPLETE_DATA : RunOutcome.Status.COMPLETED, folder, files, message);
    }

    /**
     * Said when the version folder already existed and was not written by this report's executions — the
     * database was lost or replaced and the same period run again: the files were kept, not written anew.
     */
    private Optional<String> reusedFrom(Publication publication, JobExecution current) {
        PackageManifest manifest;
        try {
            manifest = VersionPublisher.readManifest(publication.folder());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        long writerId = manifest.execution().jobExecutionId();
        JobExecution writer = writerId == current.getId() ? current : jobRepository.getJobExecution(writerId);
        boolean ours = writer != null && writer.getStartTime() != null
                && writer.getJobInstance().getInstanceId() == current.getJobInstance().getInstanceId()
                && Math.abs(Duration.between(writer.getStartTime().atZone(ZoneId.systemDefault()).toInstant(),
                        manifest.execution().started()).toMillis()) < 2;
        return ours ? Optional.empty() : Optional.of(RunOutcome.KEPT + publication.folder()
                + " already held this version, published " + manifest.created() + " by execution "
                + writerId + " of an earlier job database; it was kept as it is (--reissue publishes the next "
                + "version)");
    }

    private static ReportFileException fileFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ReportFileException file) {
                return file;
            }
        }
        return null;
    }

    /** The first failure of a partition (the root cause), else of any step, else of the job. */
    private static Optional<Throwable> firstFailure(JobExecution execution) {
        List<Throwable> partitions = new ArrayList<>();
        List<Throwable> steps = new ArrayList<>();
        for (StepExecution step : execution.getStepExecutions()) {
            (step.getStepName().contains(":") ? partitions : steps).addAll(step.getFailureExceptions());
        }
        partitions.addAll(steps);
        partitions.addAll(execution.getFailureExceptions());
        return partitions.stream().findFirst();
    }

    /**
     * The values the report read up to this execution: its own steps', and those its earlier executions completed
     * — a restart does not run a completed step again, so a restart that only published showed "0 values read".
     */
    private long valuesRead(JobExecution execution, List<JobExecution> ofInstance) {
        long values = 0;
        Set<String> counted = new HashSet<>();
        for (StepExecution step : execution.getStepExecutions()) {
            values += step.getExecutionContext().getLong(VALUES_READ, 0L);
            counted.add(step.getStepName());
        }
        for (JobExecution earlier : ofInstance) {
            if (earlier.getId() >= execution.getId()) {
                continue;
            }
            for (StepExecution step : earlier.getStepExecutions()) {
                if (step.getStatus() == BatchStatus.COMPLETED && counted.add(step.getStepName())) {
                    values += step.getExecutionContext().getLong(VALUES_READ, 0L);
                }
            }
        }
        return values;
    }

    /** The root cause of the first failed step (a partition's, not the manager's "partition failed"). */
    private static String failureOf(JobExecution execution) {
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isUnsuccessful() && step.getStepName().contains(":")) {
                if (!step.getFailureExceptions().isEmpty()) {
                    return rootCause(step.getFailureExceptions().get(0));
                }
                String cause = lastCause(step.getExitStatus().getExitDescription());
                if (cause != null) {
                    return step.getStepName() + ": " + cause;
                }
            }
        }
        List<Throwable> failures = new ArrayList<>(execution.getAllFailureExceptions());
        if (!failures.isEmpty()) {
            return rootCause(failures.get(0));
        }
        String description = execution.getExitStatus().getExitDescription();
        return description == null || description.isBlank() ? "no failure recorded" : firstLine(description);
    }

    /** The message of a failure that names its file or server, else the root cause (a bare I/O error names neither). */
    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (true) {
            if (root instanceof ReportFileException || root instanceof WinccException) {
                return root.getMessage();
            }
            if (root.getCause() == null || root.getCause() == root) {
                return root.getClass().getSimpleName() + ": " + root.getMessage();
            }
            root = root.getCause();
        }
    }

    private static String lastCause(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String cause = firstLine(description);
        for (String line : description.lines().toList()) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length());
            }
        }
        return cause;
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse(text);
    }
}
