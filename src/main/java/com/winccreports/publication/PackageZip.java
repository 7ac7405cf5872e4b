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
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The ZIP of a sealed package folder, reproducible: the same files give the same bytes (entries in a fixed
 * order — manifest, signature, certificate, then the files by path — all stamped 1980-01-01 00:00, one
 * compression level and chunking ({@link ChunkedDeflate}), no extra fields), under one folder named after the
 * package. Written to a hidden file, fsynced, then moved into place, so a reader sees a whole ZIP or none.
 */
final class PackageZip {

    /**
     * The earliest time a ZIP entry can carry, 1980-01-01 00:00 as the ZIP's local time: no clock, time zone or
     * file system leaks into the bytes.
     */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    /** At most four: two chunks of 1 MiB per thread are in memory, whatever the machine (the heap may be 512 MB). */
    private static final int DEFLATE_THREADS = Math.min(4, Math.max(1, Runtime.getRuntime().availableProcessors()));

    private PackageZip() {
    }

    /** Writes the ZIP of {@code folder} to the hidden staging file of {@code target}; returns that file. */
    static Path stage(Path folder, Path target) {
        Path staged = PackageLayout.stagedZip(target);
        String top = target.getFileName().toString().replaceFirst("\\.zip$", "");
        try {
            Files.deleteIfExists(staged);
            write(folder, top, entries(folder), staged);
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

    /**
     * Writes the entries: each file deflated on up to four cores ({@link ChunkedDeflate}) into a spool beside the ZIP,
     * then copied in as a raw entry with its CRC and sizes (ZIP64 where an entry or the archive needs it).
     */
    static void write(Path folder, String top, List<String> paths, Path target) throws IOException {
        Path spool = spool(target);
        try (ChunkedDeflate deflate = new ChunkedDeflate(DEFLATE_THREADS);
                ZipArchiveOutputStream zip = new ZipArchiveOutputStream(target)) {
            zip.setEncoding(StandardCharsets.UTF_8.name());
            zip.setUseLanguageEncodingFlag(true);
            for (String path : paths) {
                ChunkedDeflate.Deflated deflated;
                try (InputStream in = Files.newInputStream(folder.resolve(path));
                        OutputStream out = Files.newOutputStream(spool)) {
                    deflated = deflate.deflate(in, out);
                }
                ZipArchiveEntry entry = new ZipArchiveEntry(top + "/" + path);
                entry.setMethod(ZipEntry.DEFLATED);
                // as local date and time, like java.util.zip: setTime(millis) adds extended-timestamp fields
                // wherever 1980-01-01 00:00 local lies before 1980 in UTC (east of Greenwich)
                entry.setTimeLocal(ENTRY_TIME);
                entry.setSize(deflated.size());
                entry.setCrc(deflated.crc());
                entry.setCompressedSize(deflated.compressedSize());
                try (InputStream raw = Files.newInputStream(spool)) {
                    zip.addRawArchiveEntry(entry, raw);
                }
            }
            zip.finish();
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** The compressed bytes of one entry on their way into the ZIP (hidden; removed with the staged ZIP). */
    static Path spool(Path stagedZip) {
        return stagedZip.resolveSibling(stagedZip.getFileName() + ".deflate");
    }
}
