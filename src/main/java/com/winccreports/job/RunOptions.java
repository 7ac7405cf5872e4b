package com.winccreports.job;

import java.util.List;
import java.util.Objects;

/**
 * How a report run is asked for: the lines to include (empty: every line of the job), whether a completed
 * period is re-issued as a new version, who asks (recorded in the manifest) and where progress goes.
 */
public record RunOptions(List<String> lines, boolean reissue, String runBy, RunProgress progress) {

    public RunOptions {
        lines = lines == null ? List.of() : List.copyOf(lines);
        runBy = Objects.requireNonNullElse(runBy, System.getProperty("user.name", "unknown"));
        progress = progress == null ? RunProgress.silent() : progress;
    }

    /** All lines, no re-issue, run by the current OS user. */
    public static RunOptions defaults() {
        return new RunOptions(List.of(), false, null, null);
    }

    public RunOptions withReissue(boolean newReissue) {
        return new RunOptions(lines, newReissue, runBy, progress);
    }
}
