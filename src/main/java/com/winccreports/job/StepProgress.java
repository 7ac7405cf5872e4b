package com.winccreports.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Tells the caller's {@link RunProgress} that a step started — and, as the job's listener, which execution it is. */
public final class StepProgress implements StepExecutionListener, JobExecutionListener {

    private final RunProgressRegistry registry;
    private final String step;

    public StepProgress(RunProgressRegistry registry, String step) {
        this.registry = registry;
        this.step = step;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        registry.of(stepExecution.getJobParameters()).stepStarted(step);
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        registry.of(jobExecution.getJobParameters()).executionStarted(jobExecution.getId());
    }
}
