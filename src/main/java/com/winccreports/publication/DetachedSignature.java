package com.winccreports.publication;

import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * A detached signature as a database row or a JSON field can hold it — for example the audit trail's head,
 * signed with the package key at every published manifest.
 *
 * @param algorithm         {@code Ed25519}
 * @param signature         the signature, Base64
 * @param certificateSha256 SHA-256 of the signing certificate (lower-case hex), to find the certificate again
 */
public record DetachedSignature(String algorithm, String signature, String certificateSha256) {

    /** Signs {@code data} with {@code key}. */
    public static DetachedSignature of(byte[] data, SigningKey key) {
        return new DetachedSignature(SigningKey.ALGORITHM, Base64.getEncoder().encodeToString(key.sign(data)),
                key.fingerprint());
    }

    /** Whether this is {@code certificate}'s valid signature of {@code data}. */
    public boolean verifies(byte[] data, X509Certificate certificate) {
        return SigningKey.ALGORITHM.equals(algorithm)
                && Certificates.fingerprint(certificate).equalsIgnoreCase(certificateSha256)
                && SigningKey.verifies(data, Base64.getDecoder().decode(signature), certificate.getPublicKey());
    }
}
