package com.winccreports.audit;

/** The actions the audit trail records: logins and tokens, runs, and what people do through the API and the page. */
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
    /** The trail (or a time range of it) was exported as a signed package, with the rows and the verdict. */
    public static final String EXPORT = "audit.export";
    /** The chain's head was signed (its seal stored and handed to the publication). */
    public static final String SEAL = "audit.seal";

    /** A report or export was requested on demand (API or page); its run's start and end follow as rows. */
    public static final String RUN_REQUEST = "run.request";
    /** An on-demand request that was waiting in the queue was dropped (the service stopped before it ran). */
    public static final String RUN_REQUEST_DROPPED = "run.request.dropped";
    /** A published file was downloaded (details: size, range, SHA-256 from the manifest). */
    public static final String DOWNLOAD = "file.download";
    /** A published package was verified (details: verdict, problems). */
    public static final String VERIFY_PACKAGE = "package.verify";
    /** A job's schedule was paused (no firing runs until it is resumed). */
    public static final String SCHEDULE_PAUSE = "schedule.pause";
    /** A paused schedule was resumed (missed periods follow the job's catch-up policy). */
    public static final String SCHEDULE_RESUME = "schedule.resume";

    private AuditActions() {
    }
}
