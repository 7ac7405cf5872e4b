package com.winccreports.job.publish;

import com.winccreports.job.HaltPoints;
import com.winccreports.publication.Durable;
import com.winccreports.publication.PackageFile;
import com.winccreports.publication.PackageLayout;
import com.winccreports.publication.PackageManifest;
import com.winccreports.publication.PackageSealer;
import com.winccreports.publication.WrittenFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import com.winccreports.system.ConfinedFolder;

/**
 * Publishes a report version atomically as an auditor package ({@code publication}): files are written into a
 * hidden folder beside the final one ({@code output/<job>/<period>/.v<n>.partial}), each is fsynced, the
 * manifest (SHA-256 and rows of every file) is written last and signed, the package's ZIP is staged, and the
 * folder is renamed to {@code v<n>} in one step — then the ZIP is moved beside it. A reader of {@code output/}
 * therefore sees a complete version or none; a crash leaves only hidden files, removed on the next try, or a
 * published folder whose ZIP {@link #completePackage} makes again. A failed write (a full disk, a folder made
 * read-only) removes the hidden folder at once and names the file. A preliminary report (version 0) goes to
 * {@code preliminary/}, replacing the one before it. Every folder is resolved from safe names and checked to lie
 * inside {@code output/} ({@link ConfinedFolder}).
 */
public final class VersionPublisher {

    public static final String MANIFEST = PackageLayout.MANIFEST;

    /** Folder of the preliminary report of a period that has not ended (version 0, outside the numbering). */
    public static final String PRELIMINARY = "preliminary";

    /** Writes the report files of a version into the (hidden) folder it is given. */
    @FunctionalInterface
    public interface FolderWriter {
        void writeInto(Path folder) throws IOException;
    }

    private final ConfinedFolder outputRoot;
    private final PackageSealer sealer;
    private final HaltPoints haltPoints;

    public VersionPublisher(Path outputRoot, PackageSealer sealer, HaltPoints haltPoints) {
        this.outputRoot = new ConfinedFolder(outputRoot);
        this.sealer = sealer;
        this.haltPoints = haltPoints;
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
    private Path prepare(String job, String period, int version) {
        // hidden, so not a safe name itself: its folder is resolved from safe names, the whole checked inside
        Path partial = outputRoot.inside(outputRoot.resolve(job, period).resolve("." + folderName(version) + ".partial"));
        deleteRecursively(partial);
        sealer.discardStagedZip(PackageLayout.zipBeside(versionFolder(job, period, version)));
        try {
            return Files.createDirectories(partial);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + partial, e);
        }
    }

    /**
     * Publishes version {@code version}: {@code files} writes the report files into a fresh hidden folder, which is then
     * sealed, renamed into place and given its ZIP. On any failure the hidden folder is removed before the failure is
     * rethrown (an I/O error as a {@link ReportFileException} naming the file), so nothing half-written stays
     * behind and a full disk gets its space back.
     */
    public PackageManifest publish(String job, String period, int version, FolderWriter files,
            Function<List<PackageFile>, PackageManifest> manifest) {
        return publish(job, period, version, files, new WrittenFiles(), manifest);
    }

    /**
     * As {@link #publish(String, String, int, FolderWriter, Function)}, for a writer that measures (hashes and
     * counts) the files it writes through {@code written}: sealing takes those measurements instead of reading
     * the files again.
     */
    public PackageManifest publish(String job, String period, int version, FolderWriter files, WrittenFiles written,
            Function<List<PackageFile>, PackageManifest> manifest) {
        Path partial = prepare(job, period, version);
        try {
            files.writeInto(partial);
            return publish(partial, versionFolder(job, period, version), written, manifest);
        } catch (IOException | RuntimeException e) {
            removeAfterFailure(partial, e);
            throw e instanceof IOException io ? ReportFileException.of(partial, io) : (RuntimeException) e;
        }
    }

    /**
     * Seals the files in {@code partial} as a package — manifest built from their entries, written last and
     * signed, ZIP staged — moves the folder to its final name, then the ZIP beside it. Returns the sealed manifest.
     */
    private PackageManifest publish(Path partial, Path target, WrittenFiles written,
            Function<List<PackageFile>, PackageManifest> manifest) {
        PackageManifest sealed = manifest.apply(sealer.describe(partial, path -> "report", written));
        sealer.seal(partial, sealed);
        haltPoints.reached(HaltPoints.MANIFEST_WRITTEN);
        Path zip = PackageLayout.zipBeside(target);
        Path stagedZip = sealer.stageZip(partial, zip);
        try {
            Path replaced = movePreliminaryAside(target);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(replaced);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException(target + " already exists: a version is never overwritten", e);
        } catch (IOException e) {
            throw ReportFileException.of(target, e);
        }
        fsync(target.getParent());
        haltPoints.reached(HaltPoints.RENAMED);
        sealer.publishZip(stagedZip, zip);
        return sealed;
    }

    /** A preliminary report is replaced by the next one: the old folder is moved aside, to be removed after. */
    private static Path movePreliminaryAside(Path target) throws IOException {
        Path replaced = target.resolveSibling("." + PRELIMINARY + ".replaced");
        if (PRELIMINARY.equals(target.getFileName().toString()) && Files.exists(target)) {
            // its ZIP first: a crash after the rename then leaves no stale ZIP, and completePackage makes the new one
            Files.deleteIfExists(PackageLayout.zipBeside(target));
            deleteRecursively(replaced);
            Files.move(target, replaced, StandardCopyOption.ATOMIC_MOVE);
        }
        return replaced;
    }

    /** Makes the ZIP of a version folder published just before a crash, if the crash came before the ZIP. */
    public void completePackage(Path target) {
        sealer.completeZip(target, PackageLayout.zipBeside(target));
    }

    /** Reads the manifest of a published version. */
    public static PackageManifest readManifest(Path versionFolder) {
        return PackageManifest.read(versionFolder.resolve(MANIFEST));
    }

    /** Notes in an older version's folder that a later version replaces it (its manifest stays untouched). */
    public static void markSuperseded(Path olderFolder, int byVersion, java.time.Instant at) {
        if (!Files.isDirectory(olderFolder)) {
            return;
        }
        Path note = olderFolder.resolve(PackageLayout.SUPERSEDED_NOTE);
        try {
            Files.writeString(note, "superseded by v" + byVersion + " at " + at + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark " + olderFolder + " superseded", e);
        }
    }

    /** Removes what a failed attempt wrote; a failure to remove is added to the original one, not raised. */
    private static void removeAfterFailure(Path partial, Exception failure) {
        try {
            deleteRecursively(partial);
        } catch (UncheckedIOException e) {
            failure.addSuppressed(e);
        }
    }

    /** Forces a file or folder to disk; folders so that a rename survives a power cut. */
    static void fsync(Path path) {
        Durable.fsync(path);
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
