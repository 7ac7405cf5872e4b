package com.winccreports.shiftreport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Connects a running job's steps (which only know their job parameters) with the {@link RunProgress}
 * of the caller that started it.
 */
final class RunProgressRegistry {

    private final Map<String, RunProgress> running = new ConcurrentHashMap<>();

    void register(ReportJobParameters parameters, RunProgress progress) {
        running.put(key(parameters.toJobParameters()), progress);
    }

    void unregister(ReportJobParameters parameters) {
        running.remove(key(parameters.toJobParameters()));
    }

    RunProgress of(JobParameters parameters) {
        return running.getOrDefault(key(parameters), RunProgress.silent());
    }

    RunProgress of(ReportJobParameters parameters) {
        return of(parameters.toJobParameters());
    }

    private static String key(JobParameters parameters) {
        return String.join("|", parameters.getString(ReportJobParameters.DEFINITION),
                parameters.getString(ReportJobParameters.FROM), parameters.getString(ReportJobParameters.TO),
                parameters.getString(ReportJobParameters.LINES),
                String.valueOf(parameters.getLong(ReportJobParameters.VERSION)));
    }
}
