package com.winccreports.web;

import java.time.Instant;
import java.util.List;

/**
 * An on-demand run as the API shows it: what was asked, by whom, where it stands (in the queue with its
 * position, running with its progress, or ended with its result) and where to look next.
 *
 * @param state         QUEUED, RUNNING, COMPLETED, COMPLETED_INCOMPLETE_DATA, FAILED, REFUSED or DROPPED
 * @param queuePosition 1 for the next to start, while QUEUED; else null
 * @param location      this run's own address
 */
public record RunView(String id, String job, String kind, String period, Instant from, Instant to, String batch,
        List<String> lines, List<String> formats, boolean reissue, String requestedBy, Instant requestedAt,
        String state, Integer queuePosition, Instant startedAt, Instant endedAt, Progress progress, Result result,
        String location) {

    /**
     * How far a run is: the step it is in, partitions done of planned, values read of expected, the read rate,
     * the seconds left while reading ({@code null} when not known) and a percentage for a progress bar.
     */
    public record Progress(String step, int partitionsDone, int partitions, long values, long expectedValues,
            long valuesPerSecond, Long etaSeconds, int percent) {
    }

    /**
     * How a run ended: the execution, the version published, the exit code (0, 2, 3, 4 as on the command line),
     * a message, and the published files with their download addresses.
     */
    public record Result(Long executionId, int version, int exitCode, String message, String publication,
            List<FileLink> files) {
    }

    /** A published file and where to download it. */
    public record FileLink(String name, String href) {
    }
}
