package com.winccreports.job.publish;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json} of a published report version: what was published (each file with its SHA-256),
 * from what (software version, job definition, site, template and layout with their SHA-256, WinCC source
 * and archives, job parameters), up to which instant data was read, by whom and when.
 */
public record Manifest(
        Report report,
        List<FileEntry> files,
        Software software,
        List<FileEntry> inputs,
        Source source,
        Map<String, String> parameters,
        Instant dataCutOff,
        boolean incompleteData,
        String runBy,
        String host,
        Execution execution) {

    public Manifest {
        files = List.copyOf(files);
        inputs = List.copyOf(inputs);
        parameters = Map.copyOf(parameters);
    }

    /**
     * Which report this is; {@code supersedes} is the version it replaces, null for the first;
     * {@code preliminary} when its period had not ended (version 0, folder {@code preliminary/}).
     */
    public record Report(String job, String period, Instant from, Instant to, List<String> lines, int version,
            Integer supersedes, boolean preliminary) {
    }

    /** A file with its size and SHA-256; {@code role} says what it is (report, definition, template, ...). */
    public record FileEntry(String role, String path, long bytes, String sha256) {
    }

    public record Software(String name, String version, String java) {
    }

    /** The WinCC server read, and its archives. */
    public record Source(String name, String server, List<String> archives) {
    }

    public record Execution(long jobInstanceId, long jobExecutionId, Instant started, Instant published) {
    }
}
