package com.winccreports.audit;

import java.util.Base64;
import java.util.function.Predicate;

/**
 * Signs the audit chain's head with the package key, and checks such a signature. The key is the one
 * published packages are signed with (the {@code publication} package holds it), so whoever can check a
 * package can check the heads it carries.
 *
 * <p>The implementation is {@code audit.PackageKeyHeadSigner} (the package key of {@code publication}); the
 * package sealer calls {@link AuditSeals#seal} at every sealed package and puts the signed head into the
 * manifest. An installation that has published nothing yet has no signed head, and {@code audit verify} says so.
 */
public interface HeadSigner {

    /** Names the signing key, e.g. the fingerprint of its public key. */
    String keyId();

    /** The signature of {@code message} with the package's private key. */
    byte[] sign(byte[] message);

    /** Whether {@code signature} over {@code message} was made with the key named {@code keyId}. */
    boolean verify(String keyId, byte[] message, byte[] signature);

    /** Checks a seal's signature with {@code signer}; null (nothing checked) when there is no signer. */
    static Predicate<AuditSeal> signatureCheck(HeadSigner signer) {
        return signer == null ? null : seal -> signer.verify(seal.keyId(), seal.message(),
                Base64.getDecoder().decode(seal.signature()));
    }
}
