package com.winccreports.audit;

/**
 * Signs the audit chain's head with the package key, and checks such a signature. The key is the one
 * published packages are signed with (the {@code publication} package holds it), so whoever can check a
 * package can check the heads it carries.
 *
 * <p>No implementation ships yet: it comes with the publication package's signing key, which calls
 * {@link AuditSeals#seal} at every published manifest. Until then no head is signed and {@code audit verify}
 * says so (it still finds changed, inserted and removed rows, but not the newest rows removed).
 */
public interface HeadSigner {

    /** Names the signing key, e.g. the fingerprint of its public key. */
    String keyId();

    /** The signature of {@code message} with the package's private key. */
    byte[] sign(byte[] message);

    /** Whether {@code signature} over {@code message} was made with the key named {@code keyId}. */
    boolean verify(String keyId, byte[] message, byte[] signature);
}
