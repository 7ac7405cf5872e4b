package com.winccreports.system;

import com.winccreports.wincc.WinccException;

/**
 * What a failure talking to WinCC means for the person at the console: the client's message (it names the
 * server, its URL where the network failed, archive, tag and window) and what to do next. Failures a restart
 * cannot cure — credentials, names, licence, trust, paging — are configuration problems (exit 4).
 */
final class WinccFailures {

    private WinccFailures() {
    }

    static ConsoleFailure explain(WinccException failure) {
        String source = "WinCC source '" + failure.scope().source() + "': ";
        String message = Redaction.urls(failure.getMessage());
        return switch (failure.reason()) {
            case UNAUTHORIZED -> refused(source + message + " — check user and password-env/password-file of "
                    + "wincc-reports.sources." + failure.scope().source() + " in config/application.yaml, and the "
                    + "user's read rights in WinCC");
            case NOT_FOUND -> refused(source + message + " — check the archive names in the site's tag profiles "
                    + "(jobs/sites/) and the source's url");
            case NO_LICENCE -> refused(source + message + " — license the WinCC REST service");
            case BAD_REQUEST -> refused(source + message + " — check the job's names and filters (tags, "
                    + "userArchive, alarms.restFilter)");
            case TLS_UNTRUSTED -> refused(source + message + " — configure truststore or "
                    + "pinned-certificate-sha256 of the source");
            case TAG_ERROR -> refused(source + message + " — check the tag names of the job and site");
            case PAGING_STUCK -> refused(source + message);
            case RETRIES_EXHAUSTED -> failed(source + message + " — check that the server runs and is reachable "
                    + "from this host");
            case INTERRUPTED -> failed(source + "stopped while waiting for the server");
            default -> failed(source + message);
        };
    }

    private static ConsoleFailure refused(String line) {
        return new ConsoleFailure(ExitCode.REFUSED, line);
    }

    private static ConsoleFailure failed(String line) {
        return new ConsoleFailure(ExitCode.FAILED, line);
    }
}
