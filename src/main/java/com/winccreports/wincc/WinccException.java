package com.winccreports.wincc;

/**
 * A permanent failure talking to a WinCC server — wrong credentials, unknown archive, no licence,
 * retries exhausted, an unreadable answer, a window that cannot be paged. The message names the
 * server, archive, tag and window ({@link RequestScope}); a password never appears in it.
 */
public class WinccException extends RuntimeException {

    /** Why the request failed. */
    public enum Reason { UNAUTHORIZED, NOT_FOUND, NO_LICENCE, BAD_REQUEST, RETRIES_EXHAUSTED, MALFORMED_ANSWER,
        PAGING_STUCK, TAG_ERROR, HTTP_ERROR, DATABASE_ERROR, TLS_UNTRUSTED, INTERRUPTED }

    private final Reason reason;
    private final RequestScope scope;
    private final int status;

    public WinccException(Reason reason, RequestScope scope, int status, String detail, Throwable cause) {
        super(detail + " (" + scope.describe() + ")", cause);
        this.reason = reason;
        this.scope = scope;
        this.status = status;
    }

    public Reason reason() {
        return reason;
    }

    public RequestScope scope() {
        return scope;
    }

    /** HTTP status of the last answer, 0 if none (I/O error, paging). */
    public int status() {
        return status;
    }
}
