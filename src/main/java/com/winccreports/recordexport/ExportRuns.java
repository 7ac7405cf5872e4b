package com.winccreports.recordexport;

import com.winccreports.definition.Definitions;
import com.winccreports.job.RunParameters;
import com.winccreports.system.HomeFolder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.job.parameters.JobParameters;

/** Resolves runs from their job parameters, reading the definitions once per run (its steps share them). */
final class ExportRuns {

    private static final int KEEP = 8;

    private final HomeFolder home;
    private final Map<RunParameters, ExportRun> runs = new ConcurrentHashMap<>();

    ExportRuns(HomeFolder home) {
        this.home = home;
    }

    ExportRun resolve(JobParameters parameters) {
        return resolve(RunParameters.of(parameters));
    }

    ExportRun resolve(RunParameters parameters) {
        if (runs.size() > KEEP) {
            runs.clear();
        }
        return runs.computeIfAbsent(parameters, p -> ExportRun.resolve(p, Definitions.load(home)));
    }
}
