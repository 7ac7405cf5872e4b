package com.winccreports.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signing key: a configured plant keystore, or the demo key generated once and reused. */
class SigningKeysTest {

    private static final String SECRET = "s3cret-Pa55";

    @TempDir
    Path home;

    @Test
    void withoutAKeystoreADemoKeyIsGeneratedOnceIntoTheHomeAndReused() throws Exception {
        SigningKey first = SigningKeys.load(SigningSettings.demo(), home, Map.of());
        byte[] keystore = Files.readAllBytes(home.resolve("config/package-signing.p12"));

        SigningKey second = SigningKeys.load(SigningSettings.demo(), home, Map.of());

        assertThat(first.demo()).isTrue();
        assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(Files.readAllBytes(home.resolve("config/package-signing.p12"))).isEqualTo(keystore);
        assertThat(first.certificate().getSubjectX500Principal()).isEqualTo(first.certificate().getIssuerX500Principal());
        assertThat(first.signer().key()).isEqualTo("demo");
        assertThat(first.signer().note()).startsWith("demo key, self-signed");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                home.resolve("config/package-signing.password")))).isEqualTo("rw-------");
        byte[] data = "head of the audit trail".getBytes(StandardCharsets.UTF_8);
        assertThat(SigningKey.verifies(data, second.sign(data), first.certificate().getPublicKey())).isTrue();
        DetachedSignature head = DetachedSignature.of(data, second);
        assertThat(head.verifies(data, first.certificate())).isTrue();
        assertThat(head.verifies("head of another trail".getBytes(StandardCharsets.UTF_8), first.certificate())).isFalse();
        assertThat(first.toString()).doesNotContain(Files.readString(home.resolve("config/package-signing.password")).trim());
    }

    @Test
    void processesStartingAtOnceShareOneDemoKey() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<SigningKey>> keys = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                keys.add(pool.submit((Callable<SigningKey>) () -> SigningKeys.load(SigningSettings.demo(), home, Map.of())));
            }
            String fingerprint = keys.get(0).get(60, TimeUnit.SECONDS).fingerprint();
            for (Future<SigningKey> key : keys) {
                assertThat(key.get(60, TimeUnit.SECONDS).fingerprint()).isEqualTo(fingerprint);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aConfiguredKeystoreIsUsedWithItsPasswordFromTheEnvironmentOrAFileAndNoDemoKeyIsMade() throws Exception {
        X509Certificate plant = TestKeystores.ed25519Keystore(home.resolve("secrets/signing.p12"), "reports", SECRET);
        Files.writeString(home.resolve("secrets/signing-password"), SECRET + "\n");

        SigningKey fromEnvironment = SigningKeys.load(new SigningSettings(Path.of("secrets/signing.p12"), "reports",
                "SIGNING_PASSWORD", null), home, Map.of("SIGNING_PASSWORD", SECRET));
        SigningKey fromFile = SigningKeys.load(new SigningSettings(Path.of("secrets/signing.p12"), null, null,
                Path.of("secrets/signing-password")), home, Map.of());

        assertThat(fromEnvironment.certificate()).isEqualTo(plant);
        assertThat(fromFile.certificate()).isEqualTo(plant);
        assertThat(fromEnvironment.demo()).isFalse();
        assertThat(fromEnvironment.signer().key()).isEqualTo("keystore");
        assertThat(home.resolve("config/package-signing.p12")).doesNotExist();
    }

    @Test
    void aKeystoreMadeWithKeytoolAsTheDocsSayIsAccepted() throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-keyalg", "Ed25519", "-alias",
                "package-signing", "-keystore", home.resolve("package-signing.p12").toString(), "-storetype", "PKCS12",
                "-storepass", SECRET, "-dname", "CN=wincc-reports package signing, O=Example Plant", "-validity", "3650")
                .redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();

        SigningKey key = SigningKeys.load(new SigningSettings(Path.of("package-signing.p12"), "package-signing",
                "SIGNING_PASSWORD", null), home, Map.of("SIGNING_PASSWORD", SECRET));

        assertThat(key.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=wincc-reports package signing,O=Example Plant");
        byte[] data = {1, 2, 3};
        assertThat(SigningKey.verifies(data, key.sign(data), key.certificate().getPublicKey())).isTrue();
    }

    @Test
    void eachKeystoreProblemIsOneLineNamingThePropertyAndNeverThePassword() throws Exception {
        TestKeystores.ed25519Keystore(home.resolve("signing.p12"), "reports", SECRET);
        KeyPair rsa = TestKeystores.keys("RSA");
        TestKeystores.write(home.resolve("rsa.p12"), "reports", SECRET, rsa, TestKeystores.selfSigned(rsa, "rsa"));
        Map<String, String> environment = Map.of("SIGNING_PASSWORD", SECRET, "WRONG", "not-" + SECRET);

        assertProblem(new SigningSettings(Path.of("signing.p12"), null, "WRONG", null), environment,
                "wincc-reports.packages.signing.password-env/password-file: the password does not open");
        assertProblem(new SigningSettings(Path.of("signing.p12"), null, "UNSET", null), environment,
                "wincc-reports.packages.signing.password-env names UNSET, which is not set");
        assertProblem(new SigningSettings(Path.of("signing.p12"), null, null, null), environment,
                "give its password by password-env or password-file");
        assertProblem(new SigningSettings(Path.of("missing.p12"), null, "SIGNING_PASSWORD", null), environment,
                "wincc-reports.packages.signing.keystore: ");
        assertProblem(new SigningSettings(Path.of("signing.p12"), "other", "SIGNING_PASSWORD", null), environment,
                "has no key 'other' (keys: [reports])");
        assertProblem(new SigningSettings(Path.of("rsa.p12"), null, "SIGNING_PASSWORD", null), environment,
                "is RSA, packages are signed with Ed25519");
    }

    private void assertProblem(SigningSettings settings, Map<String, String> environment, String expected) {
        assertThatThrownBy(() -> SigningKeys.load(settings, home, environment))
                .isInstanceOf(SigningKeys.SigningKeyException.class)
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain("\n"));
    }
}
