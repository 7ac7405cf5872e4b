package com.winccreports.system;

import java.nio.file.FileSystemException;
import java.nio.file.AccessDeniedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file the product could not write (disk full, read-only share, permissions), naming the file and the
 * reason so the console line can say both. Writers throw it; the run's cleanup removes what was half-written.
 * Exit code 3: once there is room again, {@code restart} continues.
 */
public class WriteFailedException extends UncheckedIOException {

    private final transient Path file;

    public WriteFailedException(Path file, IOException cause) {
        super("cannot write " + Objects.requireNonNull(file, "file") + ": " + reason(cause), cause);
        this.file = file;
    }

    /** The file (or folder) that could not be written. */
    public Path file() {
        return file;
    }

    /** The operating system's reason, e.g. "No space left on device". */
    static String reason(IOException cause) {
        if (cause instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (cause instanceof AccessDeniedException) {
            return "access denied";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
