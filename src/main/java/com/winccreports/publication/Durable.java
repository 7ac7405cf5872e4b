package com.winccreports.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Forcing files and folders to disk, so that what a rename publishes survives a power cut. */
public final class Durable {

    private Durable() {
    }

    /** Forces a file or folder to disk; folders so that a rename or a new entry survives a power cut. */
    public static void fsync(Path path) {
        boolean folder = Files.isDirectory(path);
        try (FileChannel channel = FileChannel.open(path, folder ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            if (!folder) {
                throw new UncheckedIOException("cannot fsync " + path, e);
            }
            // some file systems refuse to open folders for sync; the file contents are already durable
        }
    }
}
