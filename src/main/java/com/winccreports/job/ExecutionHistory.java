package com.winccreports.job;

import com.winccreports.job.publish.Publication;
import com.winccreports.job.publish.PublicationStore;
import com.winccreports.job.publish.ReportFileException;
import com.winccreports.wincc.WinccException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
                for (JobExecution execution : jobRepository.getJobExecutions(instance)) {
                    summaries.add(summary(execution));
                }
            }
        }
        summaries.sort(Comparator.comparingLong(ExecutionSummary::executionId).reversed());
        return summaries.subList(0, Math.min(limit, summaries.size()));
    }

    ExecutionSummary summary(JobExecution execution) {
        RunParameters parameters = RunParameters.of(execution.getJobParameters());
        Optional<Publication> publication = publications.byExecution(execution.getId());
        LocalDateTime start = execution.getStartTime();
        LocalDateTime end = execution.getEndTime() != null ? execution.getEndTime() : execution.getLastUpdated();
        return new ExecutionSummary(execution.getId(), execution.getJobInstance().getInstanceId(),
                parameters.definition(), parameters.period().label(), parameters.linesKey(), parameters.version(),
                execution.getStatus().name(), execution.getExitStatus().getExitCode(),
                start == null ? null : start.atZone(ZoneId.systemDefault()).toInstant(),
                start == null || end == null ? Duration.ZERO : Duration.between(start, end), valuesRead(execution),
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
        int version = RunParameters.of(current.getJobParameters()).version();
        if (current.getStatus() == BatchStatus.COMPLETED) {
            Optional<Publication> publication = publications.byInstance(current.getJobInstance().getInstanceId());
            Path folder = publication.map(Publication::folder).orElse(null);
            List<Path> files = publication.map(p -> p.files().stream().map(p.folder()::resolve).toList())
                    .orElse(List.of());
            boolean incomplete = publication.map(Publication::incompleteData).orElse(false);
            return new RunOutcome(current.getId(), version, incomplete ? RunOutcome.Status.COMPLETED_INCOMPLETE_DATA
                    : RunOutcome.Status.COMPLETED, folder, files, incomplete
                            ? "published; some shifts have incomplete data (see the data-quality annex)" : "published");
        }
        return new RunOutcome(current.getId(), version, RunOutcome.Status.FAILED_RESTARTABLE, null, List.of(),
                current.getStatus() + ": " + failureOf(current)
                        + " — continue with: restart " + current.getId());
    }

    private long valuesRead(JobExecution execution) {
        long values = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            values += step.getExecutionContext().getLong(VALUES_READ, 0L);
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
