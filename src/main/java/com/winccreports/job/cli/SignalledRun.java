package com.winccreports.job.cli;

import com.winccreports.job.JobRunService;
import com.winccreports.job.RunProgress;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The progress of a run the command line started, which also knows the run's execution so a stop signal
 * ({@link com.winccreports.system.cli.StopSignals}) can ask exactly that execution to stop — also when the
 * signal arrives before the Spring context or the execution exists (it is stopped as soon as it starts).
 */
final class SignalledRun implements RunProgress {

    private static final long NONE = -1;

    private final RunProgress progress;
    private final AtomicReference<JobRunService> service = new AtomicReference<>();
    private final AtomicLong execution = new AtomicLong(NONE);
    private final AtomicBoolean stopRequested = new AtomicBoolean();

    SignalledRun(RunProgress progress) {
        this.progress = progress;
    }

    /** The service that runs it, once its context has started. */
    void attach(JobRunService runService) {
        service.set(runService);
    }

    /** Asks the run to stop at its next commit (or as soon as it has started). */
    void requestStop() {
        stopRequested.set(true);
        stopIfStarted();
    }

    boolean stopRequested() {
        return stopRequested.get();
    }

    @Override
    public void executionStarted(long executionId) {
        execution.set(executionId);
        progress.executionStarted(executionId);
        if (stopRequested.get()) {
            stopIfStarted();
        }
    }

    private void stopIfStarted() {
        long id = execution.get();
        JobRunService runService = service.get();
        if (id != NONE && runService != null) {
            runService.stop(id);
        }
    }

    @Override
    public void planned(int partitions, long expectedValues) {
        progress.planned(partitions, expectedValues);
    }

    @Override
    public void valuesRead(long values) {
        progress.valuesRead(values);
    }

    @Override
    public void partitionDone() {
        progress.partitionDone();
    }

    @Override
    public void stepStarted(String step) {
        progress.stepStarted(step);
    }
}
