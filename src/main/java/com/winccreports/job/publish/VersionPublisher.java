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
import com.winccreports.system.ConfinedFolder;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes a report version atomically: files are written into a hidden folder beside the final one
 * ({@code output/<job>/<period>/.v<n>.partial}), each is fsynced, the manifest (SHA-256 of every file)
 * is written last, and the folder is renamed to {@code v<n>} in one step. A reader of {@code output/}
 * therefore sees a complete version or none; a crash leaves only the hidden folder, removed on the next try.
 * A preliminary report (version 0) goes to {@code preliminary/}, replacing the one before it. Every folder
 * is resolved from safe names and checked to lie inside {@code output/} ({@link ConfinedFolder}).
 */
public final class VersionPublisher {

    public static final String MANIFEST = "manifest.json";

    /** Folder of the preliminary report of a period that has not ended (version 0, outside the numbering). */
    public static final String PRELIMINARY = "preliminary";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ConfinedFolder outputRoot;

    public VersionPublisher(Path outputRoot) {
        this.outputRoot = new ConfinedFolder(outputRoot);
    }

    /** The name of version {@code version}'s folder: {@code v<n>}, or {@code preliminary} for version 0. */
    public static String folderName(int version) {
        return version == 0 ? PRELIMINARY : "v" + version;
    }

    /** {@code output/<job>/<period>/v<version>} (or {@code .../preliminary}). */
    public Path versionFolder(String job, String period, int version) {
        return outputRoot.resolve(job, period, folderName(version));
    }

    /** A fresh, empty working folder for version {@code version}; a leftover of a crashed attempt is removed. */
    public Path prepare(String job, String period, int version) {
        // hidden, so not a safe name itself: its folder is resolved from safe names, the whole checked inside
        Path partial = outputRoot.inside(outputRoot.resolve(job, period).resolve("." + folderName(version) + ".partial"));
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
            Path replaced = movePreliminaryAside(target);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(replaced);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException(target + " already exists: a version is never overwritten", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + partial + " as " + target, e);
        }
        fsync(target.getParent());
        return target;
    }

    /** A preliminary report is replaced by the next one: the old folder is moved aside, to be removed after. */
    private static Path movePreliminaryAside(Path target) throws IOException {
        Path replaced = target.resolveSibling("." + PRELIMINARY + ".replaced");
        if (PRELIMINARY.equals(target.getFileName().toString()) && Files.exists(target)) {
            deleteRecursively(replaced);
            Files.move(target, replaced, StandardCopyOption.ATOMIC_MOVE);
        }
        return replaced;
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
