package com.winccreports.job;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Housekeeping of the run data of every job kind, for the scheduler. Only reports whose newest execution is finished
 * ({@code COMPLETED}, or {@code ABANDONED}: never restarted) are touched; a running or failed-restartable
 * report keeps its staging rows and history, which its restart needs.
 * <ul>
 * <li>Staging: every intermediate row of the report's job instance (partials, trend buckets, batch records,
 * named results) once its period ended before the cut-off.</li>
 * <li>History: its job executions (with their parameters, step executions and contexts, through
 * {@link JobRepository#deleteJobExecution}) that ended before the cut-off. The job instance row itself
 * stays: it is what "is this period already reported, which version is next" is looked up by (with the
 * register answering for an instance without executions). Once no execution is left, the instance's
 * staging rows go too, whatever the staging retention.</li>
 * <li>The publication register ({@code wr_publication}) is audit data and is never purged here.</li>
 * </ul>
 */
public final class RunDataPurger {

    private final JobKinds kinds;
    private final JobRepository jobRepository;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public RunDataPurger(JobKinds kinds, JobRepository jobRepository, JdbcTemplate jdbc,
            TransactionTemplate transactions) {
        this.kinds = kinds;
        this.jobRepository = jobRepository;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Deletes staging rows of finished runs of {@code job} whose period ended before {@code before}; returns rows. */
    public int purgeStaging(String job, Instant before) {
        int rows = 0;
        for (JobInstance instance : finishedInstances(job)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && RunParameters.of(last.getJobParameters()).period().to().isBefore(before)) {
                rows += deleteStaging(instance);
            }
        }
        return rows;
    }

    /** Deletes finished executions of {@code job} (with their steps and contexts) that ended before {@code before}. */
    public int purgeHistory(String job, Instant before) {
        int executions = 0;
        for (JobInstance instance : finishedInstances(job)) {
            for (JobExecution execution : jobRepository.getJobExecutions(instance)) {
                if (endedBefore(execution, before)) {
                    jobRepository.deleteJobExecution(jobRepository.getJobExecution(execution.getId()));
                    executions++;
                }
            }
            if (jobRepository.getLastJobExecution(instance) == null) {
                deleteStaging(instance); // nothing can restart it any more
            }
        }
        return executions;
    }

    private int deleteStaging(JobInstance instance) {
        List<String> tables = kinds.byBatchJob(instance.getJobName()).map(JobKind::stagingTables).orElse(List.of());
        Integer rows = transactions.execute(status -> tables.stream().mapToInt(table -> jdbc.update(
                "DELETE FROM " + table + " WHERE job_instance_id = ?", instance.getInstanceId())).sum());
        return rows == null ? 0 : rows;
    }

    /** The instances of {@code job} whose newest execution is finished and will not be restarted. */
    private List<JobInstance> finishedInstances(String job) {
        return kinds.batchJobNames().stream().flatMap(name -> jobRepository.findJobInstances(name).stream())
                .filter(instance -> {
                    JobExecution last = jobRepository.getLastJobExecution(instance);
                    return last != null && finished(last.getStatus())
                            && job.equals(RunParameters.of(last.getJobParameters()).definition());
                }).toList();
    }

    private static boolean finished(BatchStatus status) {
        return status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED;
    }

    private static boolean endedBefore(JobExecution execution, Instant before) {
        LocalDateTime end = execution.getEndTime();
        return !execution.getStatus().isRunning() && end != null
                && end.atZone(ZoneId.systemDefault()).toInstant().isBefore(before);
    }
}
