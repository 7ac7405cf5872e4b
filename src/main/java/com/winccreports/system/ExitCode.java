package com.winccreports.system;

/**
 * The process exit codes of every verb — the one table README and docs/operations.md print. A scheduler or
 * script decides on them alone: 0 and 2 published something, 3 may succeed when run again as it is, 4 will not
 * succeed until a person changes the input, a definition or the configuration.
 */
public enum ExitCode {

    /** Done: the report is published (or the verb did what it was asked). */
    OK(0, "published (or done)"),
    /** Published, but some data is incomplete — or the report is preliminary (its period has not ended). */
    INCOMPLETE(2, "published, but some data is incomplete, or preliminary (the period has not ended)"),
    /** Failed or stopped; {@code restart <execution>} (or {@code run} again) continues once the cause is gone. */
    FAILED(3, "failed or stopped (server unreachable, disk full, SIGTERM): restart continues it"),
    /** Nothing done, or failed for a reason only a person can fix: arguments, definitions, configuration. */
    REFUSED(4, "refused: invalid arguments, definitions, templates or configuration (wrong password), "
            + "a period in the future or too long, or the period is already reported");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The number the process exits with. */
    public int code() {
        return code;
    }

    /** What the code means, as the table in the docs says it. */
    public String meaning() {
        return meaning;
    }
}
