package com.winccreports.wincc;

/**
 * A configured WinCC source whose settings cannot be used — a missing url, user or password reference, a
 * password variable that is not set, a truststore that does not open, a limit below 1. Its message names the
 * property ({@code wincc-reports.sources.<name>.…}); the console shows it as a refused configuration (exit 4),
 * not as a failure to restart.
 */
public class SourceSettingsException extends IllegalStateException {

    public SourceSettingsException(String message) {
        super(message);
    }

    public SourceSettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
