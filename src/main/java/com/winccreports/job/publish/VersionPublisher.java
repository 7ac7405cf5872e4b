package com.winccreports.job.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes a report version atomically: files are written into a hidden folder beside the final one
 * ({@code output/<job>/<period>/.v<n>.partial}), each is fsynced, the manifest (SHA-256 of every file)
 * is written last, and the folder is renamed to {@code v<n>} in one step. A reader of {@code output/}
 * therefore sees a complete version or none; a crash leaves only the hidden folder, removed on the next try.
 */
public final class VersionPublisher {

    public static final String MANIFEST = "manifest.json";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path outputRoot;

    public VersionPublisher(Path outputRoot) {
        this.outputRoot = outputRoot;
    }

    /** {@code output/<job>/<period>/v<version>}. */
    public Path versionFolder(String job, String period, int version) {
        return outputRoot.resolve(job).resolve(period).resolve("v" + version);
    }

    /** A fresh, empty working folder for version {@code version}; a leftover of a crashed attempt is removed. */
    public Path prepare(String job, String period, int version) {
        Path partial = versionFolder(job, period, version).resolveSibling(".v" + version + ".partial");
        deleteRecursively(partial);
        try {
            return Files.createDirectories(partial);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + partial, e);
        }
    }

    /**
     * Fsyncs the files in {@code partial}, writes the manifest built from their entries, and moves the folder
     * to its final name. Returns the final folder.
     */
    public Path publish(Path partial, Path target, Function<List<Manifest.FileEntry>, Manifest> manifest) {
        List<Manifest.FileEntry> entries = reportFiles(partial).stream()
                .map(file -> new Manifest.FileEntry("report", file.getFileName().toString(), size(file), Sha256.of(file)))
                .toList();
        reportFiles(partial).forEach(VersionPublisher::fsync);
        Path manifestFile = partial.resolve(MANIFEST);
        JSON.writeValue(manifestFile.toFile(), manifest.apply(entries));
        fsync(manifestFile);
        fsync(partial);
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException(target + " already exists: a version is never overwritten", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + partial + " as " + target, e);
        }
        fsync(target.getParent());
        return target;
    }

    /** Reads the manifest of a published version. */
    public static Manifest readManifest(Path versionFolder) {
        return JSON.readValue(versionFolder.resolve(MANIFEST).toFile(), Manifest.class);
    }

    /** Notes in an older version's folder that a later version replaces it (its manifest stays untouched). */
    public static void markSuperseded(Path olderFolder, int byVersion, java.time.Instant at) {
        if (!Files.isDirectory(olderFolder)) {
            return;
        }
        Path note = olderFolder.resolve("SUPERSEDED");
        try {
            Files.writeString(note, "superseded by v" + byVersion + " at " + at + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark " + olderFolder + " superseded", e);
        }
    }

    private static List<Path> reportFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(MANIFEST))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forces a file or folder to disk; folders so that a rename survives a power cut. */
    static void fsync(Path path) {
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

    static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + folder, e);
        }
    }
}
