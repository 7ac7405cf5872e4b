package com.winccreports.job;

import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Brings a run whose process died ({@code kill -9}, a power cut) into a state Spring Batch restarts:
 * an execution still marked running is marked failed ({@link JobOperator#recover}); a job instance without
 * any execution — the process died between the two transactions that create an instance and its first
 * execution — gets a failed execution, so the launcher restarts it instead of refusing it for ever
 * ("Cannot find any job execution for job instance"). Each repair is one or more small transactions; a crash
 * in between leaves a state the next call repairs.
 */
final class KilledRunRecovery {

    private static final Logger log = LoggerFactory.getLogger(KilledRunRecovery.class);

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;

    KilledRunRecovery(JobRepository jobRepository, JobOperator jobOperator) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
    }

    /**
     * Repairs what a killed run of the batch job {@code jobName} (the job kind's) with {@code parameters} left;
     * nothing when there is nothing to repair.
     */
    void recover(String jobName, JobParameters parameters) {
        JobInstance instance = jobRepository.getJobInstance(jobName, parameters);
        if (instance == null) {
            return;
        }
        if (jobRepository.getJobExecutions(instance).isEmpty()) {
            log.warn("Job instance {} has no execution (its process ended while starting it); marking a failed one",
                    instance.getInstanceId());
            JobExecution orphan = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
            orphan.setStatus(BatchStatus.FAILED);
            orphan.setExitStatus(ExitStatus.FAILED.addExitDescription("the process ended while starting the job"));
            orphan.setStartTime(LocalDateTime.now());
            orphan.setEndTime(LocalDateTime.now());
            jobRepository.update(orphan);
            return;
        }
        JobExecution last = jobRepository.getLastJobExecution(instance);
        if (last != null && last.getStatus().isRunning()) {
            // the process that ran it is gone (its caller asked for a restart): mark it failed first
            log.warn("Execution {} is marked {}; recovering it as abruptly ended", last.getId(), last.getStatus());
            jobOperator.recover(last);
        }
    }
}
