package com.winccreports.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.winccreports.publication.PackageFile.RowCount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sealing a folder: manifest with hashes and rows, detached signature, certificate, reproducible ZIP. */
class PackageSealerTest {

    @TempDir
    Path root;

    @Test
    void everyFileIsListedWithItsHashSizeAndRowsAndTheManifestIsSignedByTheCertificateBesideIt() throws Exception {
        Path folder = TestPackages.sealedExport(root);

        PackageManifest manifest = PackageManifest.read(folder.resolve(PackageLayout.MANIFEST));
        assertThat(manifest.files()).extracting(PackageFile::path)
                .containsExactly("batch-4711/record.csv", "summary.pdf", "values.csv", "values.xlsx");
        for (PackageFile file : manifest.files()) {
            assertThat(file.sha256()).isEqualTo(Sha256.of(folder.resolve(file.path())));
            assertThat(file.bytes()).isEqualTo(Files.size(folder.resolve(file.path())));
        }
        assertThat(manifest.files().get(2).rows()).containsExactly(new RowCount(null, 3));
        assertThat(manifest.files().get(3).rows()).containsExactly(new RowCount("Values", 301));
        assertThat(manifest.files().get(1).rows()).isNull();
        assertThat(manifest.files().get(1).role()).isEqualTo("summary");
        assertThat(manifest.source().server()).isEqualTo("https://scada1.plant.local:34569/WinCCRestService");

        byte[] json = Files.readAllBytes(folder.resolve(PackageLayout.MANIFEST));
        X509Certificate signer = Certificates.read(Files.readAllBytes(folder.resolve(PackageLayout.CERTIFICATE))).get(0);
        assertThat(SigningKey.verifies(json, Files.readAllBytes(folder.resolve(PackageLayout.SIGNATURE)),
                signer.getPublicKey())).isTrue();
        assertThat(manifest.signer().certificateSha256()).isEqualTo(Certificates.fingerprint(signer));
        assertThat(manifest.signer().key()).isEqualTo("demo");
        assertThat(manifest.signer().note()).contains("demo key, self-signed");
        assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("secret", "token");
    }

    @Test
    void theZipHoldsTheManifestFirstThenTheFilesUnderTheFolderNamedAfterThePackageAllWithOneFixedTime()
            throws IOException {
        Path folder = TestPackages.sealedExport(root);
        Path zip = root.resolve("output/export/2026-11-24/export_2026-11-24_v1.zip");

        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(file.entries());
            assertThat(entries).extracting(ZipEntry::getName).containsExactly("export_2026-11-24_v1/manifest.json",
                    "export_2026-11-24_v1/manifest.json.sig", "export_2026-11-24_v1/signer.pem",
                    "export_2026-11-24_v1/batch-4711/record.csv", "export_2026-11-24_v1/summary.pdf",
                    "export_2026-11-24_v1/values.csv", "export_2026-11-24_v1/values.xlsx");
            assertThat(entries).extracting(ZipEntry::getTimeLocal).containsOnly(java.time.LocalDateTime.of(1980, 1, 1, 0, 0));
            assertThat(entries).extracting(ZipEntry::getExtra).containsOnlyNulls();
            assertThat(entries).extracting(ZipEntry::getMethod).containsOnly(ZipEntry.DEFLATED);
            assertThat(file.getInputStream(entries.get(4)).readAllBytes())
                    .isEqualTo(Files.readAllBytes(folder.resolve("summary.pdf")));
        }
    }

    @Test
    void theSameContentGivesTheSameZipBytesWhereverAndWheneverItIsZipped() throws IOException {
        Path folder = TestPackages.sealedExport(root);
        Path zip = PackageLayout.zipBeside(folder);
        byte[] published = Files.readAllBytes(zip);
        Path copy = TestPackages.copyFolder(folder, root.resolve("elsewhere/export/2026-11-24/v1"));
        for (String path : PackageSealer.filesUnder(copy)) {
            Files.setLastModifiedTime(copy.resolve(path), FileTime.from(Instant.parse("2031-05-06T07:08:09Z")));
        }
        PackageSealer sealer = TestPackages.sealer(root);

        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        Path again;
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati")); // UTC+14: other JVM zone
            again = sealer.publishZip(sealer.stageZip(copy, PackageLayout.zipBeside(copy)), PackageLayout.zipBeside(copy));
        } finally {
            java.util.TimeZone.setDefault(zone);
        }

        assertThat(again.getFileName()).isEqualTo(zip.getFileName());
        assertThat(Files.readAllBytes(again)).isEqualTo(published);
    }

    @Test
    void aFolderPublishedJustBeforeACrashGetsTheSameZipWhenItIsAdopted() throws IOException {
        Path folder = TestPackages.sealedExport(root);
        Path zip = PackageLayout.zipBeside(folder);
        byte[] published = Files.readAllBytes(zip);
        Files.delete(zip);
        Files.write(PackageLayout.stagedZip(zip), new byte[] {1, 2, 3}); // a half-written leftover

        TestPackages.sealer(root).completeZip(folder, zip);

        assertThat(Files.readAllBytes(zip)).isEqualTo(published);
        assertThat(PackageLayout.stagedZip(zip)).doesNotExist();
        assertThat(new PackageVerifier(List.of()).verify(zip).passed()).isTrue();
    }

    @Test
    void anAuditorCanCheckTheSignatureWithOpensslAlone() throws Exception {
        assumeTrue(commandExists("openssl"), "openssl is not installed");
        Path folder = TestPackages.sealedExport(root);
        Path publicKey = root.resolve("signer-public.pem");

        int extracted = run(folder, "openssl", "x509", "-in", PackageLayout.CERTIFICATE, "-pubkey", "-noout",
                "-out", publicKey.toString());
        int verified = run(folder, "openssl", "pkeyutl", "-verify", "-pubin", "-inkey", publicKey.toString(),
                "-rawin", "-in", PackageLayout.MANIFEST, "-sigfile", PackageLayout.SIGNATURE);
        TestPackages.flipAByte(folder.resolve(PackageLayout.MANIFEST));
        int afterEdit = run(folder, "openssl", "pkeyutl", "-verify", "-pubin", "-inkey", publicKey.toString(),
                "-rawin", "-in", PackageLayout.MANIFEST, "-sigfile", PackageLayout.SIGNATURE);

        assertThat(extracted).isZero();
        assertThat(verified).isZero();
        assertThat(afterEdit).isNotZero();
    }

    private static boolean commandExists(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static int run(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end");
        }
        return process.exitValue();
    }
}
