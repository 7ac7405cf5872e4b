package com.winccreports.shiftreport;

import com.winccreports.definition.Definitions;
import com.winccreports.job.RunParameters;
import com.winccreports.system.HomeFolder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Resolves a run's context from its job parameters, reading the definitions of the home folder once per run
 * (steps and partitions of the same run share it).
 */
final class RunResolver {

    private static final int KEEP = 8;

    private final HomeFolder home;
    private final Map<RunParameters, ShiftReportRun> runs = new ConcurrentHashMap<>();

    RunResolver(HomeFolder home) {
        this.home = home;
    }

    ShiftReportRun resolve(JobParameters parameters) {
        return resolve(RunParameters.of(parameters));
    }

    ShiftReportRun resolve(RunParameters parameters) {
        if (runs.size() > KEEP) {
            runs.clear();
        }
        return runs.computeIfAbsent(parameters, p -> ShiftReportRun.resolve(p, Definitions.load(home)));
    }

    Definitions definitions() {
        return Definitions.load(home);
    }
}
