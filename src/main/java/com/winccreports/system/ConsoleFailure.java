package com.winccreports.system;

import com.winccreports.publication.SigningKeys;
import com.winccreports.wincc.SourceSettingsException;
import com.winccreports.wincc.WinccException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * An expected failure as the console shows it: one line saying what failed, where and what to do next, and
 * the exit code. The full trace goes to the log file, never to the console.
 *
 * @param exitCode what a scheduler reads from it
 * @param message  the line (a definition error lists one problem a line)
 */
public record ConsoleFailure(ExitCode exitCode, String message) {

    /** The most telling explanation found along {@code failure}'s causes. */
    public static ConsoleFailure of(Throwable failure) {
        List<Throwable> chain = chain(failure);
        for (Throwable cause : chain) {
            ConsoleFailure known = known(cause);
            if (known != null) {
                return known;
            }
        }
        if (failure instanceof ContextStartException start) {
            return new ConsoleFailure(ExitCode.REFUSED, "cannot start: " + start.getMessage()
                    + " — check config/application.yaml");
        }
        Throwable root = chain.get(chain.size() - 1);
        return new ConsoleFailure(ExitCode.FAILED, "unexpected error: " + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + Redaction.urls(firstLine(root.getMessage()))));
    }

    private static ConsoleFailure known(Throwable cause) {
        if (cause instanceof InvalidInputException) {   // definitions, names, periods, templates
            return new ConsoleFailure(ExitCode.REFUSED, cause.getMessage());
        }
        if (cause instanceof SourceSettingsException || cause instanceof SigningKeys.SigningKeyException) {
            // a source or the signing key that cannot be used as configured: the message names the property
            return new ConsoleFailure(ExitCode.REFUSED, Redaction.urls(firstLine(cause.getMessage()))
                    + " — fix it in config/application.yaml");
        }
        if (cause instanceof WinccException wincc) {
            return WinccFailures.explain(wincc);
        }
        if (cause instanceof WriteFailedException write) {
            return new ConsoleFailure(ExitCode.FAILED, write.getMessage() + " — free space or fix the "
                    + "permissions, then restart the execution");
        }
        if (cause instanceof UncheckedIOException unchecked && namesWhatFailed(unchecked)) {
            // "cannot write <file>" around the file system's reason: both in one line
            String what = firstLine(unchecked.getMessage());
            String reason = WriteFailedException.reason(unchecked.getCause());
            return new ConsoleFailure(ExitCode.FAILED, (what.contains(reason) ? what : what + ": " + reason)
                    + " — free space or fix the permissions");
        }
        if (cause instanceof FileSystemException fs && fs.getFile() != null) {
            return new ConsoleFailure(ExitCode.FAILED, "cannot use " + fs.getFile() + ": "
                    + WriteFailedException.reason(fs) + " — free space or fix the permissions, then try again");
        }
        if (cause instanceof IOException io && io.getMessage() != null
                && io.getMessage().contains("No space left on device")) {
            return new ConsoleFailure(ExitCode.FAILED, "the disk is full (" + firstLine(io.getMessage())
                    + ") — free space, then restart the execution");
        }
        if (cause instanceof CannotGetJdbcConnectionException || cause instanceof DataAccessResourceFailureException
                || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return new ConsoleFailure(ExitCode.FAILED, "the job database cannot be used: "
                    + Redaction.urls(firstLine(rootMessage(cause))) + " — check spring.datasource.* in "
                    + "config/application.yaml and that the database runs");
        }
        return null;
    }

    /** A wrapper whose own message says what could not be done with which file ("cannot write /x/y"). */
    private static boolean namesWhatFailed(UncheckedIOException unchecked) {
        String message = unchecked.getMessage();
        return message != null && message.startsWith("cannot ") && !message.equals(unchecked.getCause().toString());
    }

    private static String rootMessage(Throwable failure) {
        List<Throwable> chain = chain(failure);
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (chain.get(i).getMessage() != null) {
                return chain.get(i).getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse(text);
    }
}
