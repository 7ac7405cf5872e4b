package com.winccreports.job.publish;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** A published report version: where it is, which execution made it, and whether a later version replaced it. */
public record Publication(String job, String period, String lines, int version, long instanceId, long executionId,
        Path folder, List<String> files, boolean incompleteData, Instant publishedAt, Integer supersededBy) {

    public Publication {
        files = List.copyOf(files);
    }
}
