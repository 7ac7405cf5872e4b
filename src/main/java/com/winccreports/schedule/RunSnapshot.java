package com.winccreports.schedule;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The state of the newest execution of a job for a period, as the job's history tells it.
 *
 * @param executionId the job execution
 * @param status      where it stands
 * @param version     the report version it published (0 when none)
 * @param outputs     the published files, for delivery
 * @param incomplete  the published report says some of its data is missing
 * @param message     the failure, if any
 */
public record RunSnapshot(long executionId, Status status, int version, List<Path> outputs, boolean incomplete,
        String message) {

    /** Where an execution stands, from the scheduler's point of view. */
    public enum Status {
        /** Running now, in this process or another one (e.g. {@code run} from the command line). */
        RUNNING,
        /** Finished and published its report. */
        COMPLETED,
        /** Failed or was stopped; restartable. */
        FAILED,
        /** Given up for good (not restartable): a new start makes the next version. */
        ABANDONED
    }

    public RunSnapshot {
        Objects.requireNonNull(status, "status");
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
        message = message == null ? "" : message;
    }

    /** A run that ended without publishing. */
    public static RunSnapshot failed(long executionId, String message) {
        return new RunSnapshot(executionId, Status.FAILED, 0, List.of(), false, message);
    }
}
