package com.winccreports.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One execution of a report job as history shows it: which job, period, lines and version, its status,
 * start and duration, values read, the files it published, and whether they carry incomplete data.
 */
public record ExecutionSummary(long executionId, long instanceId, String job, String period, String lines,
        int version, String status, String exitCode, Instant started, Duration duration, long valuesRead,
        List<String> outputFiles, boolean incompleteData) {

    public ExecutionSummary {
        outputFiles = outputFiles == null ? List.of() : List.copyOf(outputFiles);
    }
}
