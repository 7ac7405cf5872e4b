package com.winccreports.shiftreport;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Tells the caller's {@link RunProgress} that a step started. */
final class StepProgress implements StepExecutionListener {

    private final RunProgressRegistry registry;
    private final String step;

    StepProgress(RunProgressRegistry registry, String step) {
        this.registry = registry;
        this.step = step;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        registry.of(stepExecution.getJobParameters()).stepStarted(step);
    }
}
