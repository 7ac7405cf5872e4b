package com.winccreports.audit;

/** The actions recorded today; later phases (requests, downloads, verification, schedules) add theirs. */
public final class AuditActions {

    /** An interactive login (the form) succeeded. */
    public static final String LOGIN = "login";
    /** A login (form or HTTP Basic) failed: wrong password, unknown user, or refused while locked. */
    public static final String LOGIN_FAILED = "login.failed";
    /** Too many failed logins: a user or an address is locked for a while. */
    public static final String LOGIN_LOCKED = "login.locked";
    /** A bearer token was issued ({@code POST /api/tokens}). */
    public static final String TOKEN_ISSUED = "token.issued";
    /** A job execution started (a run, a re-issue or a restart). */
    public static final String RUN_START = "run.start";
    /** A job execution ended, with its status. */
    public static final String RUN_END = "run.end";
    /** A restart of an execution was asked (the run's own start and end follow as rows of their own). */
    public static final String RUN_RESTART = "run.restart";
    /** A stop was asked for a running execution. */
    public static final String RUN_STOP = "run.stop";
    /** The trail was checked ({@code audit verify}), with the result. */
    public static final String VERIFY_TRAIL = "audit.verify";
    /** The chain's head was signed (its seal stored and handed to the publication). */
    public static final String SEAL = "audit.seal";

    private AuditActions() {
    }
}
