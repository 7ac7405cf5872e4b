package com.winccreports.publication;

import com.winccreports.publication.PackageFile.RowCount;
import com.winccreports.publication.Verification.Finding;
import com.winccreports.publication.Verification.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Verifies a package — its folder or its ZIP — with nothing but the package itself: every file against its
 * size, SHA-256 and row counts in the manifest, no file missing or added, and the manifest against its detached
 * Ed25519 signature and certificate ({@link SignatureCheck}); with trusted certificates, also who signed it.
 * Needs no database, no server, no configuration.
 */
public final class PackageVerifier {

    private static final int MAX_MANIFEST_BYTES = 64 << 20;
    private final SignatureCheck signatures;

    /** @param trusted certificates one of which must have signed (or issued the signer of) the package; empty: any */
    public PackageVerifier(List<java.security.cert.X509Certificate> trusted) {
        this.signatures = new SignatureCheck(trusted);
    }

    public Verification verify(Path target) {
        List<Finding> findings = new ArrayList<>();
        try (PackageContents contents = PackageContents.open(target)) {
            findings.addAll(contents.structureProblems);
            check(contents, findings);
        } catch (ZipException e) {
            findings.add(Finding.failed(Problem.UNREADABLE_PACKAGE, target.getFileName().toString(),
                    "not a readable ZIP (truncated or damaged): " + e.getMessage()));
        } catch (IOException e) {
            findings.add(Finding.failed(Problem.UNREADABLE_PACKAGE, target.getFileName().toString(),
                    "cannot be read: " + e));
        }
        return new Verification(target.toString(), findings);
    }

    private void check(PackageContents contents, List<Finding> findings) throws IOException {
        byte[] manifestBytes = contents.readSmall(PackageLayout.MANIFEST, MAX_MANIFEST_BYTES);
        if (manifestBytes == null) {
            findings.add(Finding.failed(contents.has(PackageLayout.MANIFEST) ? Problem.MANIFEST_UNREADABLE
                    : Problem.MANIFEST_MISSING, PackageLayout.MANIFEST, PackageLayout.MANIFEST + ": "
                    + (contents.has(PackageLayout.MANIFEST) ? "larger than any manifest" : "missing")
                    + " — nothing to check the files against"));
            return;
        }
        JsonNode manifest = parse(manifestBytes, findings);
        if (manifest != null) {
            findings.add(describe(manifest));
            if (manifest.path("auditHead").isObject()) {
                findings.add(Finding.note("auditHead", "carries the audit trail's head as signed for it (row "
                        + manifest.path("auditHead").path("headId").asString("?") + "): `audit verify` on the"
                        + " installation's database checks the trail against it"));
            }
            checkFormat(manifest, findings);
            checkFiles(contents, manifest, findings);
        }
        signatures.check(contents, manifestBytes, manifest, findings);
    }

    private static JsonNode parse(byte[] manifestBytes, List<Finding> findings) {
        try {
            JsonNode manifest = PackageJson.MAPPER.readTree(manifestBytes);
            if (manifest != null && manifest.path("files").isArray()) {
                return manifest;
            }
            findings.add(Finding.failed(Problem.MANIFEST_UNREADABLE, PackageLayout.MANIFEST,
                    PackageLayout.MANIFEST + ": no list of files"));
        } catch (JacksonException e) {
            findings.add(Finding.failed(Problem.MANIFEST_UNREADABLE, PackageLayout.MANIFEST,
                    PackageLayout.MANIFEST + ": not valid JSON (" + e.getOriginalMessage() + ")"));
        }
        return null;
    }

    private static Finding describe(JsonNode manifest) {
        JsonNode subject = manifest.path("subject").isObject() ? manifest.path("subject") : manifest.path("report");
        JsonNode requested = manifest.path("requestedBy");
        String period = manifest.path("period").isObject() ? manifest.path("period").path("label").asString("")
                : subject.path("period").asString("");
        return Finding.note(PackageLayout.MANIFEST, String.format("package %s %s v%s, id %s, format %d, created %s"
                + " by %s (%s)", subject.path("job").asString("?"), period, subject.path("version").asString("?"),
                manifest.path("packageId").asString("-"), manifest.path("format").asInt(1),
                manifest.path("created").asString("?"), requested.path("user").asString(manifest.path("runBy")
                        .asString("?")), requested.path("identifiedBy").asString("?")));
    }

    private static void checkFormat(JsonNode manifest, List<Finding> findings) {
        int format = manifest.path("format").asInt(1);
        if (format > PackageManifest.FORMAT) {
            findings.add(Finding.failed(Problem.FORMAT_UNSUPPORTED, PackageLayout.MANIFEST, "manifest format " + format
                    + " is newer than this verify reads (" + PackageManifest.FORMAT + "): use a newer wincc-reports"));
        } else if (format < PackageManifest.FORMAT) {
            findings.add(Finding.note(PackageLayout.MANIFEST, "manifest format " + format
                    + ": made before packages were signed"));
        }
    }

    private static void checkFiles(PackageContents contents, JsonNode manifest, List<Finding> findings)
            throws IOException {
        Set<String> listed = new HashSet<>(PackageLayout.OWN_FILES);
        for (JsonNode file : manifest.path("files")) {
            String path = file.path("path").asString(null);
            if (!PackageContents.safe(path) || PackageLayout.OWN_FILES.contains(path)) {
                findings.add(Finding.failed(Problem.UNSAFE_PATH, String.valueOf(path), path
                        + ": the manifest names a path that is not a file of the package"));
                continue;
            }
            listed.add(path);
            if (!contents.has(path)) {
                findings.add(Finding.failed(Problem.FILE_MISSING, path, path + ": missing (the manifest lists it, "
                        + file.path("bytes").asLong() + " bytes)"));
                continue;
            }
            findings.add(checkFile(contents, path, file));
        }
        for (String path : contents.paths()) {
            if (listed.contains(path)) {
                continue;
            }
            if (path.equals(PackageLayout.SUPERSEDED_NOTE) && contents.kind().equals("folder")) {
                findings.add(Finding.note(path, path + ": a later version replaces this one (a note written after"
                        + " sealing, not part of the package)"));
            } else {
                findings.add(Finding.failed(Problem.FILE_EXTRA, path, path + ": not in the manifest (added after"
                        + " the package was sealed)"));
            }
        }
    }

    private static Finding checkFile(PackageContents contents, String path, JsonNode file) {
        long bytes = file.path("bytes").asLong(-1);
        String sha256 = file.path("sha256").asString("");
        FileMeasurement measured;
        try (InputStream in = contents.open(path)) {
            measured = FileMeasurement.of(path, in, bytes < 0 ? Long.MAX_VALUE : bytes + 1);
        } catch (IOException e) {
            return Finding.failed(Problem.FILE_CHANGED, path, path + ": cannot be read from the " + contents.kind()
                    + " (" + e.getMessage() + ")");
        }
        if (measured.bytes() != bytes || !measured.sha256().equals(sha256)) {
            String size = measured.bytes() > bytes ? "more than " + bytes : String.valueOf(measured.bytes());
            return Finding.failed(Problem.FILE_CHANGED, path, path + ": content changed — " + size
                    + " bytes with SHA-256 " + abbreviated(measured.sha256()) + ", the manifest says " + bytes
                    + " bytes with SHA-256 " + abbreviated(sha256));
        }
        JsonNode rows = file.path("rows");
        if (!rows.isArray()) {
            return Finding.ok(path, path + ": SHA-256 and size match");
        }
        List<RowCount> expected = new ArrayList<>();
        rows.forEach(r -> expected.add(new RowCount(r.path("sheet").asString(null), r.path("rows").asLong())));
        if (!expected.equals(measured.rows())) {
            return Finding.failed(Problem.ROWS_CHANGED, path, path + ": rows " + RowCounts.text(measured.rows(),
                    measured.rowsProblem()) + ", the manifest says " + RowCounts.text(expected, null));
        }
        return Finding.ok(path, path + ": SHA-256, size and rows (" + RowCounts.text(expected, null) + ") match");
    }

    static String abbreviated(String sha256) {
        return sha256.length() > 16 ? sha256.substring(0, 16) + "…" : sha256;
    }

    /** Row counts in words: {@code Data 1441, Summary 12} or {@code 86401 records}. */
    static final class RowCounts {
        private RowCounts() {
        }

        static String text(List<RowCount> rows, String problem) {
            if (rows == null) {
                return problem == null ? "not countable" : "not countable (" + problem + ")";
            }
            List<String> parts = new ArrayList<>();
            for (RowCount r : rows) {
                parts.add(r.sheet() == null ? r.rows() + " records" : r.sheet() + " " + r.rows());
            }
            return String.join(", ", parts);
        }
    }
}
