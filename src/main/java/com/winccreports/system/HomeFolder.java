package com.winccreports.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The folder every CLI verb works in: {@code jobs/}, {@code config/}, {@code data/} (the H2 database)
 * and {@code output/<job>/<period>/v<n>/}. Taken from {@code WINCC_REPORTS_HOME}, else the working directory.
 */
public record HomeFolder(Path root) {

    public static final String ENVIRONMENT_VARIABLE = "WINCC_REPORTS_HOME";

    /** The folder under {@code output/} that holds the audit trail's exports: no job may take its name. */
    public static final String AUDIT_TRAIL_EXPORTS = "audit-trail";

    public HomeFolder {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
    }

    /** The home folder named by the environment, falling back to the working directory. */
    public static HomeFolder fromEnvironment(Map<String, String> environment, Path workingDirectory) {
        String configured = environment.get(ENVIRONMENT_VARIABLE);
        if (configured == null || configured.isBlank()) {
            return new HomeFolder(workingDirectory);
        }
        Path path = Path.of(configured);
        if (!Files.isDirectory(path)) {
            throw new InvalidInputException(ENVIRONMENT_VARIABLE + "=" + configured + " is not a folder: set it to the "
                    + "home folder that holds jobs/ and config/ (or unset it to use the working directory)");
        }
        return new HomeFolder(path);
    }

    public static HomeFolder current() {
        return fromEnvironment(System.getenv(), Path.of(System.getProperty("user.dir")));
    }

    public Path jobs() {
        return root.resolve("jobs");
    }

    public Path config() {
        return root.resolve("config");
    }

    public Path data() {
        return root.resolve("data");
    }

    public Path output() {
        return root.resolve("output");
    }

    /** The log file ({@code logs/wincc-reports.log}), as the console's failure lines name it. */
    public Path logFile() {
        return root.resolve(CliLogging.LOG_FILE);
    }
}
