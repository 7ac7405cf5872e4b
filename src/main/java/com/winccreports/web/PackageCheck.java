package com.winccreports.web;

import com.winccreports.job.publish.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Verifies a published version folder against its manifest: every listed file is there with the size and SHA-256
 * the manifest records, and no report file is there that the manifest does not list. One check per file, in words
 * an auditor can act on.
 */
public final class PackageCheck {

    /** The verdict and every check behind it. */
    public record Verification(String packageName, boolean passed, int problems, List<Check> checks) {
    }

    /** One check: {@code ok}, {@code FAILED} or {@code note}, about {@code subject}. */
    public record Check(String status, String subject, String message) {
    }

    private static final Set<String> BESIDE_THE_MANIFEST = Set.of(PublishedFiles.MANIFEST, "manifest.json.sig",
            "signer.pem", "SUPERSEDED");

    private PackageCheck() {
    }

    public static Verification verify(Path folder, String packageName) {
        List<Check> checks = new ArrayList<>();
        List<PublishedFiles.PackageFile> listed;
        try {
            listed = PublishedFiles.manifestFiles(folder);
        } catch (RuntimeException e) {
            checks.add(new Check("FAILED", PublishedFiles.MANIFEST, "cannot be read: " + e.getMessage()));
            return new Verification(packageName, false, 1, checks);
        }
        Set<String> names = new HashSet<>();
        for (PublishedFiles.PackageFile file : listed) {
            names.add(file.path());
            checks.add(check(folder, file));
        }
        for (String extra : unlisted(folder, names)) {
            checks.add(new Check("FAILED", extra, "is in the folder but not in the manifest: added after publishing"));
        }
        if (Files.exists(folder.resolve("SUPERSEDED"))) {
            checks.add(new Check("note", "SUPERSEDED", "a later version replaces this one"));
        }
        int problems = (int) checks.stream().filter(c -> c.status().equals("FAILED")).count();
        return new Verification(packageName, problems == 0, problems, checks);
    }

    private static Check check(Path folder, PublishedFiles.PackageFile file) {
        Path path = folder.resolve(file.path()).normalize();
        if (!path.startsWith(folder) || !Files.isRegularFile(path)) {
            return new Check("FAILED", file.path(), "missing: the manifest lists it, the folder does not hold it");
        }
        long size = size(path);
        String sha256 = Sha256.of(path);
        if (size == file.bytes() && sha256.equalsIgnoreCase(file.sha256())) {
            return new Check("ok", file.path(), "SHA-256 and size match");
        }
        return new Check("FAILED", file.path(), "content changed — " + size + " bytes with SHA-256 " + sha256
                + ", the manifest says " + file.bytes() + " bytes with SHA-256 " + file.sha256());
    }

    private static List<String> unlisted(Path folder, Set<String> listed) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !listed.contains(name) && !BESIDE_THE_MANIFEST.contains(name)).sorted().toList();
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
}
