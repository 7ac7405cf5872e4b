package com.winccreports.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** The built distribution archives (paths from the failsafe configuration in pom.xml) and how to unpack them. */
final class UnpackedDistribution {

    private static final int PERMISSION_BITS = 0777;

    private UnpackedDistribution() {
    }

    /** The version the build gave the archives, e.g. {@code 0.1.0-SNAPSHOT}. */
    static String version() {
        return required("wincc-reports.version");
    }

    static Path zip() {
        return Path.of(required("wincc-reports.distribution") + ".zip");
    }

    static Path tarball() {
        return Path.of(required("wincc-reports.distribution") + ".tar.gz");
    }

    /** Unpacks {@code zip} into {@code target} as unzip would (permissions kept) and returns its one top folder. */
    static Path unzip(Path zip, Path target) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try (ZipFile archive = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry entry : Collections.list(archive.getEntries())) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("entry outside the folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, path);
                }
                if (posix) {
                    Files.setPosixFilePermissions(path, permissions(entry.getUnixMode()));
                }
            }
        }
        return target.resolve("wincc-reports");
    }

    /** Every entry of the zip as {@code "<path> <permissions in octal>"}. */
    static List<String> zipEntries(Path zip) throws IOException {
        List<String> entries = new ArrayList<>();
        try (ZipFile archive = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry entry : Collections.list(archive.getEntries())) {
                entries.add(entry.getName() + " " + Integer.toOctalString(entry.getUnixMode() & PERMISSION_BITS));
            }
        }
        return entries;
    }

    /** Every entry of the tar.gz as {@code "<path> <permissions in octal>"}. */
    static List<String> tarEntries(Path tarball) throws IOException {
        List<String> entries = new ArrayList<>();
        try (TarArchiveInputStream archive = new TarArchiveInputStream(
                new GzipCompressorInputStream(Files.newInputStream(tarball)))) {
            for (TarArchiveEntry entry = archive.getNextEntry(); entry != null; entry = archive.getNextEntry()) {
                entries.add(entry.getName() + " " + Integer.toOctalString(entry.getMode() & PERMISSION_BITS));
            }
        }
        return entries;
    }

    private static Set<PosixFilePermission> permissions(int unixMode) {
        StringBuilder rwx = new StringBuilder();
        String letters = "rwxrwxrwx";
        for (int bit = 0; bit < letters.length(); bit++) {
            boolean set = (unixMode & (1 << (letters.length() - 1 - bit))) != 0;
            rwx.append(set ? letters.charAt(bit) : '-');
        }
        return PosixFilePermissions.fromString(rwx.toString());
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException(property + " is not set: run this test through `mvn verify` (failsafe)");
        }
        return value;
    }
}
