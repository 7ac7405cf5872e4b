package com.winccreports.job;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Tells the caller's {@link RunProgress} that a step started. */
public final class StepProgress implements StepExecutionListener {

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
}
