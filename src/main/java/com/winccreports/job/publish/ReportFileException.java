package com.winccreports.job.publish;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A report file (or the manifest) of a version could not be written: names the file and what the file system
 * said ("No space left on device", "Permission denied"), so one line tells the operator where to look.
 */
public final class ReportFileException extends RuntimeException {

    private final transient Path file;

    private ReportFileException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** {@code failure} while producing {@code file}: "cannot write" for an I/O error, else "cannot render". */
    public static ReportFileException of(Path file, Throwable failure) {
        if (failure instanceof ReportFileException known) {
            return known;
        }
        IOException io = ioCause(failure);
        String message = io != null
                ? "cannot write " + file + ": " + describe(io)
                : "cannot render " + file + ": " + describe(root(failure));
        return new ReportFileException(file, message, failure);
    }

    /** The file that could not be written. */
    public Path file() {
        return file;
    }

    private static IOException ioCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName()
                : t.getClass().getSimpleName() + ": " + message;
    }
}
