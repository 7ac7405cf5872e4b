package com.winccreports.wincc;

/** Which HTTP statuses are worth a retry, and the clear message of the permanent ones. */
final class StatusPolicy {

    private StatusPolicy() {
    }

    static boolean isTransient(int status) {
        return status >= 500 || status == 429 || status == 423 || status == 408;
    }

    static WinccException permanent(int status, String body, RequestScope scope) {
        String detail = body.isEmpty() ? "" : ": " + body;
        return switch (status) {
            case 401, 403 -> new WinccException(WinccException.Reason.UNAUTHORIZED, scope, status,
                    "HTTP " + status + " — user or password rejected, or the user lacks read rights" + detail, null);
            case 404 -> new WinccException(WinccException.Reason.NOT_FOUND, scope, status,
                    "HTTP 404 — unknown archive or path" + detail, null);
            case 402 -> new WinccException(WinccException.Reason.NO_LICENCE, scope, status,
                    "HTTP 402 — the WinCC REST service has no licence" + detail, null);
            case 400 -> new WinccException(WinccException.Reason.BAD_REQUEST, scope, status,
                    "HTTP 400 — the server rejected the request" + detail, null);
            default -> new WinccException(WinccException.Reason.HTTP_ERROR, scope, status,
                    "HTTP " + status + detail, null);
        };
    }
}
