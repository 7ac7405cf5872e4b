package com.winccreports.job;

import java.util.List;
import java.util.Objects;

/**
 * How a run is asked for: the lines to include (empty: every line of the job), whether a completed period is
 * re-issued as a new version, who asks (recorded in the manifest), where progress goes — and, for kinds that
 * export batches, the batch whose span is the period ({@code batch}, null for a period given by the caller) and
 * the formats to write (empty: the job's own). {@code identifiedBy} says how {@code runBy} is known
 * ({@link RunParameters#SIGNED_IN} for a user signed in to the web page or API; null: the scheduler for
 * {@code "scheduler"}, else the command line's operating-system user).
 */
public record RunOptions(List<String> lines, boolean reissue, String runBy, RunProgress progress, String batch,
        List<String> formats, String identifiedBy) {

    /** Options whose requester is told by {@code runBy} alone (the command line, the scheduler). */
    public RunOptions(List<String> lines, boolean reissue, String runBy, RunProgress progress, String batch,
            List<String> formats) {
        this(lines, reissue, runBy, progress, batch, formats, null);
    }

    public RunOptions {
        lines = lines == null ? List.of() : List.copyOf(lines);
        runBy = Objects.requireNonNullElse(runBy, System.getProperty("user.name", "unknown"));
        progress = progress == null ? RunProgress.silent() : progress;
        batch = batch == null || batch.isBlank() ? null : batch.strip();
        formats = formats == null ? List.of() : List.copyOf(formats);
    }

    /** A period run: no batch, the job's formats. */
    public RunOptions(List<String> lines, boolean reissue, String runBy, RunProgress progress) {
        this(lines, reissue, runBy, progress, null, List.of());
    }

    /** All lines, no re-issue, run by the current OS user. */
    public static RunOptions defaults() {
        return new RunOptions(List.of(), false, null, null);
    }

    public RunOptions withReissue(boolean newReissue) {
        return new RunOptions(lines, newReissue, runBy, progress, batch, formats, identifiedBy);
    }

    /** The same options for the span of batch {@code batchId} (the kind finds the period). */
    public RunOptions withBatch(String batchId) {
        return new RunOptions(lines, reissue, runBy, progress, batchId, formats, identifiedBy);
    }

    /** The same options writing only {@code newFormats} (empty: the job's formats). */
    public RunOptions withFormats(List<String> newFormats) {
        return new RunOptions(lines, reissue, runBy, progress, batch, newFormats, identifiedBy);
    }

    /** The same options for {@code runBy} as a user signed in to the web page or the API. */
    public RunOptions signedIn() {
        return new RunOptions(lines, reissue, runBy, progress, batch, formats, RunParameters.SIGNED_IN);
    }
}
