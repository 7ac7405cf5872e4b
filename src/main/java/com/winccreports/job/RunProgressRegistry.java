package com.winccreports.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Connects a running job's steps (which only know their job parameters) with the {@link RunProgress}
 * of the caller that started it.
 */
public final class RunProgressRegistry {

    private final Map<String, RunProgress> running = new ConcurrentHashMap<>();

    public void register(RunParameters parameters, RunProgress progress) {
        running.put(key(parameters.toJobParameters()), progress);
    }

    public void unregister(RunParameters parameters) {
        running.remove(key(parameters.toJobParameters()));
    }

    public RunProgress of(JobParameters parameters) {
        return running.getOrDefault(key(parameters), RunProgress.silent());
    }

    public RunProgress of(RunParameters parameters) {
        return of(parameters.toJobParameters());
    }

    private static String key(JobParameters parameters) {
        return String.join("|", parameters.getString(RunParameters.DEFINITION),
                parameters.getString(RunParameters.FROM), parameters.getString(RunParameters.TO),
                parameters.getString(RunParameters.LINES),
                String.valueOf(parameters.getLong(RunParameters.VERSION)));
    }
}
