package com.winccreports.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Counts finished partitions for the caller's {@link RunProgress}. */
public final class PartitionProgress implements StepExecutionListener {

    private final RunProgressRegistry registry;

    public PartitionProgress(RunProgressRegistry registry) {
        this.registry = registry;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        registry.of(stepExecution.getJobParameters()).partitionDone();
        return stepExecution.getExitStatus();
    }
}
