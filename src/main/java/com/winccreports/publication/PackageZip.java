package com.winccreports.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The ZIP of a sealed package folder, reproducible: the same files give the same bytes (entries in a fixed
 * order — manifest, signature, certificate, then the files by path — all stamped 1980-01-01 00:00, one
 * compression level, no extra fields), under one folder named after the package. Written to a hidden file,
 * fsynced, then moved into place, so a reader sees a whole ZIP or none.
 */
final class PackageZip {

    /** The earliest time a ZIP entry can carry: no clock, time zone or file system leaks into the bytes. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private PackageZip() {
    }

    /** Writes the ZIP of {@code folder} to the hidden staging file of {@code target}; returns that file. */
    static Path stage(Path folder, Path target) {
        Path staged = PackageLayout.stagedZip(target);
        String top = target.getFileName().toString().replaceFirst("\\.zip$", "");
        try (OutputStream out = Files.newOutputStream(staged)) {
            write(folder, top, entries(folder), out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + staged + ": " + e, e);
        }
        Durable.fsync(staged);
        return staged;
    }

    /** Moves a staged ZIP to its name, replacing a leftover of a crashed attempt. */
    static Path publish(Path staged, Path target) {
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + staged + " to " + target, e);
        }
        Durable.fsync(target.getParent());
        return target;
    }

    /** The package's own files, then the manifest's files in the manifest's order. */
    static List<String> entries(Path folder) {
        List<String> paths = new ArrayList<>(List.of(PackageLayout.MANIFEST, PackageLayout.SIGNATURE,
                PackageLayout.CERTIFICATE));
        PackageManifest.read(folder.resolve(PackageLayout.MANIFEST)).files().forEach(f -> paths.add(f.path()));
        return paths;
    }

    static void write(Path folder, String top, List<String> paths, OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED); // the fastest: a raw export's CSV runs to hundreds of megabytes
        for (String path : paths) {
            ZipEntry entry = new ZipEntry(top + "/" + path);
            entry.setTimeLocal(ENTRY_TIME);
            entry.setMethod(ZipEntry.DEFLATED);
            zip.putNextEntry(entry);
            try (InputStream in = Files.newInputStream(folder.resolve(path))) {
                in.transferTo(zip);
            }
            zip.closeEntry();
        }
        zip.finish();
    }
}
