package com.winccreports.system;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.StandardEnvironment;

/**
 * Starts Boot's logging system as the first thing a verb does — before any definition is read and before a
 * Spring context exists — with the product's and the home's {@code logging.*} settings, so a failure found
 * that early still has its trace in {@code <home>/logs/wincc-reports.log} and nothing prints to the console
 * that the verb did not mean to print. The Spring context of the verb keeps this configuration.
 */
public final class CliLogging {

    /** The log file below the home folder (unless {@code logging.file.name} says otherwise). */
    public static final String LOG_FILE = "logs/wincc-reports.log";

    private CliLogging() {
    }

    /** Properties every context of {@code home} gets, so its logging matches what this class set up. */
    public static Map<String, Object> properties(HomeFolder home, String consoleStyle) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("wincc-reports.home", home.root().toString());
        properties.put("wincc-reports.console-log", consoleStyle);
        return properties;
    }

    /** Configures logging for {@code home} with the console {@code style} ({@link ConsoleLogFilter}). */
    public static void start(HomeFolder home, String consoleStyle) {
        StandardEnvironment environment = new HomeConfiguration(home, properties(home, consoleStyle)).environment();
        LoggingSystem logging = LoggingSystem.get(CliLogging.class.getClassLoader());
        logging.cleanUp();
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(environment), null, LogFile.get(environment));
    }
}
