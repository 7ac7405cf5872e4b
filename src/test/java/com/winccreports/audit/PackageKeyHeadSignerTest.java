package com.winccreports.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.publication.SigningKey;
import com.winccreports.publication.SigningKeys;
import com.winccreports.publication.SigningSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Audit heads signed with the package key are checked with the certificate their key id names, across a rotation. */
class PackageKeyHeadSignerTest {

    private static final byte[] HEAD = "wincc-reports audit head v1\n2:41\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aHeadSignedBeforeARotationStillChecksWithThePreviousCertificateAndAnUnknownKeyDoesNot(@TempDir Path root) {
        SigningKey before = SigningKeys.load(SigningSettings.demo(), root.resolve("before"), Map.of());
        SigningKey now = SigningKeys.load(SigningSettings.demo(), root.resolve("now"), Map.of());
        SigningKey stranger = SigningKeys.load(SigningSettings.demo(), root.resolve("stranger"), Map.of());
        PackageKeyHeadSigner signer = new PackageKeyHeadSigner(() -> now, List.of(before.certificate()));

        assertThat(signer.keyId()).isEqualTo(now.fingerprint());
        assertThat(signer.verify(signer.keyId(), HEAD, signer.sign(HEAD))).isTrue();
        assertThat(signer.verify(before.fingerprint(), HEAD, before.sign(HEAD))).isTrue();
        assertThat(signer.verify(now.fingerprint(), HEAD, before.sign(HEAD))).isFalse();
        assertThat(signer.verify(stranger.fingerprint(), HEAD, stranger.sign(HEAD))).isFalse();
    }
}
