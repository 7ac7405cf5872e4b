package com.winccreports.system.cli;

import java.util.Optional;
import java.nio.file.Path;
import com.winccreports.system.ConsoleFailure;
import com.winccreports.system.HomeFolder;
import com.winccreports.system.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * An exception that escapes a verb: its full trace goes to the log file, the console gets one line saying
 * what failed, where and what to do ({@link ConsoleFailure}), and the log file's path; the exit code follows
 * from what failed.
 */
public final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

    private final CliContext context;

    public FailureHandler(CliContext context) {
        this.context = context;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
        ConsoleFailure explained = ConsoleFailure.of(failure);
        String verb = command.getCommandSpec().qualifiedName();
        context.err().println(explained.message());
        if (inputOnly(failure)) {
            LOG.info("{} refused: {}", verb, explained.message());   // the console has the line already
            return explained.exitCode().code();
        }
        LOG.error("{} failed: {}", verb, explained.message(), failure);
        logFile().ifPresent(file -> context.err().println("(details: " + file + ")"));
        return explained.exitCode().code();
    }

    /** Bad input is said completely by its line; a trace would tell a person nothing more. */
    private static boolean inputOnly(Exception failure) {
        return failure instanceof InvalidInputException;   // the definitions' problems too
    }

    private Optional<Path> logFile() {
        try {
            HomeFolder home = context.home();
            return Optional.of(home.logFile());
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }
}
