package com.winccreports.job;

import com.winccreports.system.ExitCode;
import java.nio.file.Path;
import java.util.List;

/**
 * What a run (or restart) ended with: the execution, the report version, the status, the published
 * folder and files (empty unless published), and a message a person can act on.
 */
public record RunOutcome(Long executionId, int version, Status status, Path outputFolder, List<Path> files,
        String message) {

    /** How the message of a completed run begins when its version folder existed already and was kept. */
    public static final String KEPT = "not written again: ";

    /** How the message of a run that was asked to stop (and did) begins. */
    public static final String STOPPED = "stopped ";

    public RunOutcome {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** The end states a caller (CLI, scheduler) distinguishes; each maps to a process exit code. */
    public enum Status {
        /** Published; every shift had complete data. Exit code 0. */
        COMPLETED(ExitCode.OK),
        /** Published, but at least one shift, tag or KPI is marked incomplete, or the report is preliminary. Exit code 2. */
        COMPLETED_INCOMPLETE_DATA(ExitCode.INCOMPLETE),
        /** Failed or stopped; {@code restart <execution>} continues it. Exit code 3. */
        FAILED_RESTARTABLE(ExitCode.FAILED),
        /**
         * Failed for a reason only a person can fix (WinCC rejected the password, an archive does not exist, the
         * server caps its answers below what paging needs); {@code restart <execution>} continues it once the
         * configuration is fixed. Exit code 4.
         */
        FAILED_CONFIGURATION(ExitCode.REFUSED),
        /** Nothing run: bad arguments, unknown job, or the period is already reported. Exit code 4. */
        REFUSED(ExitCode.REFUSED);

        private final ExitCode exitCode;

        Status(ExitCode exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode.code();
        }

        /** The exit code of the process, from the one table every verb uses. */
        public ExitCode code() {
            return exitCode;
        }
    }

    public static RunOutcome refused(String message) {
        return new RunOutcome(null, 0, Status.REFUSED, null, List.of(), message);
    }
}
