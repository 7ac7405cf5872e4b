package com.winccreports.job;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run (or restart) ended with: the execution, the report version, the status, the published
 * folder and files (empty unless published), and a message a person can act on.
 */
public record RunOutcome(Long executionId, int version, Status status, Path outputFolder, List<Path> files,
        String message) {

    public RunOutcome {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** The end states a caller (CLI, scheduler) distinguishes; each maps to a process exit code. */
    public enum Status {
        /** Published; every shift had complete data. Exit code 0. */
        COMPLETED(0),
        /** Published, but at least one shift, tag or KPI is marked incomplete. Exit code 2. */
        COMPLETED_INCOMPLETE_DATA(2),
        /** Failed or stopped; {@code restart <execution>} continues it. Exit code 3. */
        FAILED_RESTARTABLE(3),
        /** Nothing run: bad arguments, unknown job, or the period is already reported. Exit code 4. */
        REFUSED(4);

        private final int exitCode;

        Status(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    public static RunOutcome refused(String message) {
        return new RunOutcome(null, 0, Status.REFUSED, null, List.of(), message);
    }
}
