package com.winccreports.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.publication.Verification.Level;
import com.winccreports.publication.Verification.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code verify} finds beyond plain tampering (which the shift report's package tests cover on a real
 * run): paths leading out of a package, ZIP tricks, edited row counts, signers issued by a plant CA, expired
 * certificates, newer formats, and the note a superseded version carries.
 */
class PackageVerifierTest {

    @TempDir
    Path root;
    Path folder;

    @BeforeEach
    void sealed() throws Exception {
        folder = TestPackages.sealedExport(root);
    }

    @Test
    void aManifestPathLeadingOutOfThePackageIsNeverReadAndNamed() throws Exception {
        Files.writeString(root.resolve("output/export/2026-11-24/outside.txt"), "not part of it");
        editManifest("\"path\" : \"summary.pdf\"", "\"path\" : \"../outside.txt\"");

        Verification verification = verify(folder);

        assertThat(verification.problems()).contains(Problem.UNSAFE_PATH, Problem.SIGNATURE_INVALID, Problem.FILE_EXTRA);
        assertThat(verification.failures()).anySatisfy(f -> assertThat(f.subject()).isEqualTo("../outside.txt"));
    }

    @Test
    void zipEntriesOutsideThePackageFolderAndNamesHeldTwiceAreNamed() throws Exception {
        Path zip = root.resolve("tricks.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String path : PackageSealer.filesUnder(folder)) {
                add(out, "pkg/" + path, Files.readAllBytes(folder.resolve(path)));
            }
            add(out, "pkg/values.csQ", "timestamp,tag,value\r\n".getBytes(StandardCharsets.US_ASCII));
            add(out, "../evil.sh", "rm -rf /".getBytes(StandardCharsets.US_ASCII));
        }
        // ZipOutputStream refuses a name twice; a hand-made ZIP need not: rename the extra entry in place
        String bytes = new String(Files.readAllBytes(zip), StandardCharsets.ISO_8859_1);
        Files.write(zip, bytes.replace("pkg/values.csQ", "pkg/values.csv").getBytes(StandardCharsets.ISO_8859_1));

        Verification verification = verify(zip);

        assertThat(verification.problems()).startsWith(Problem.DUPLICATE_ENTRY, Problem.UNSAFE_PATH);
        assertThat(verification.failures()).extracting(Verification.Finding::subject)
                .startsWith("pkg/values.csv", "../evil.sh");
    }

    @Test
    void anEditedRowCountIsNamedBesideTheBrokenSignature() throws Exception {
        editManifest("\"rows\" : 301", "\"rows\" : 300");

        Verification verification = verify(folder);

        assertThat(verification.problems()).containsExactly(Problem.ROWS_CHANGED, Problem.SIGNATURE_INVALID);
        assertThat(verification.failures().get(0).message()).contains("rows Values 301, the manifest says Values 300");
    }

    @Test
    void aSignerIssuedByThePlantCaIsTrustedWhenTheCaIsPinnedAndNotWhenAnotherIs() throws Exception {
        Instant now = Instant.now();
        KeyPair caKeys = TestKeystores.keys("Ed25519");
        X509Certificate ca = TestKeystores.certificate(caKeys, "Plant CA", caKeys, null, true, now.minusSeconds(86400),
                now.plusSeconds(86400L * 3650));
        KeyPair signerKeys = TestKeystores.keys("Ed25519");
        X509Certificate signer = TestKeystores.certificate(signerKeys, "reports", caKeys, ca, false,
                now.minusSeconds(3600), now.plusSeconds(86400L * 365));
        Path keystore = TestKeystores.write(root.resolve("plant.p12"), "reports", "pw", signerKeys, signer, ca);
        SigningKey key = SigningKeys.load(new SigningSettings(keystore, null, "PW", null), root, Map.of("PW", "pw"));
        new PackageSealer(() -> key).seal(folder, PackageManifest.read(folder.resolve(PackageLayout.MANIFEST)));
        KeyPair otherKeys = TestKeystores.keys("Ed25519");
        X509Certificate otherCa = TestKeystores.selfSigned(otherKeys, "Other CA");

        Verification trusted = new PackageVerifier(List.of(ca)).verify(folder);
        Verification untrusted = new PackageVerifier(List.of(otherCa)).verify(folder);

        assertThat(trusted.passed()).as("%s", trusted.findings()).isTrue();
        assertThat(trusted.findings()).anySatisfy(f -> assertThat(f.message()).contains("issued by 'CN=Plant CA"));
        assertThat(untrusted.problems()).containsExactly(Problem.UNTRUSTED_SIGNER);
        assertThat(new PackageVerifier(List.of(otherCa, ca)).verify(folder).passed()).as("any pinned one").isTrue();
    }

    @Test
    void aCertificateNotValidWhenThePackageWasMadeIsNamed() throws Exception {
        KeyPair keys = TestKeystores.keys("Ed25519");
        X509Certificate expired = TestKeystores.certificate(keys, "expired", keys, null, false,
                Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2021-01-01T00:00:00Z"));
        Path keystore = TestKeystores.write(root.resolve("old.p12"), "old", "pw", keys, expired);
        SigningKey key = SigningKeys.load(new SigningSettings(keystore, "old", "PW", null), root, Map.of("PW", "pw"));
        new PackageSealer(() -> key).seal(folder, PackageManifest.read(folder.resolve(PackageLayout.MANIFEST)));

        assertThat(verify(folder).problems()).containsExactly(Problem.CERTIFICATE_NOT_VALID);
    }

    @Test
    void aNewerManifestFormatIsNamedEvenWhenSignedCorrectly() throws Exception {
        editManifest("\"format\" : 2", "\"format\" : 3");
        SigningKey key = SigningKeys.load(SigningSettings.demo(), root, Map.of());
        Files.write(folder.resolve(PackageLayout.SIGNATURE), key.sign(Files.readAllBytes(folder.resolve(PackageLayout.MANIFEST))));

        assertThat(verify(folder).problems()).containsExactly(Problem.FORMAT_UNSUPPORTED);
    }

    @Test
    void aSupersededVersionStillVerifiesAndSaysSo() throws Exception {
        Files.writeString(folder.resolve(PackageLayout.SUPERSEDED_NOTE), "superseded by v2 at 2026-11-26T06:00:00Z\n");

        Verification verification = verify(folder);

        assertThat(verification.passed()).isTrue();
        assertThat(verification.findings()).anySatisfy(f -> {
            assertThat(f.level()).isEqualTo(Level.NOTE);
            assertThat(f.message()).contains("a later version replaces this one");
        });
    }

    @Test
    void anotherCertificateSwappedInBesideAnUntouchedManifestIsNamed() throws Exception {
        KeyPair keys = TestKeystores.keys("Ed25519");
        Files.writeString(folder.resolve(PackageLayout.CERTIFICATE),
                Certificates.pem(List.of(TestKeystores.selfSigned(keys, "someone else"))));

        assertThat(verify(folder).problems()).containsExactly(Problem.SIGNATURE_INVALID, Problem.CERTIFICATE_MISMATCH);
    }

    private Verification verify(Path target) {
        return new PackageVerifier(List.of()).verify(target);
    }

    private void editManifest(String from, String to) throws Exception {
        Path manifest = folder.resolve(PackageLayout.MANIFEST);
        String json = Files.readString(manifest);
        assertThat(json).contains(from);
        Files.writeString(manifest, json.replace(from, to));
    }

    private static void add(ZipOutputStream out, String name, byte[] content) throws Exception {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }
}
