package com.winccreports.audit;

import com.winccreports.publication.Certificates;
import com.winccreports.publication.SigningKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The audit trail's heads signed with the package key: the key id is the SHA-256 of the signing certificate, so
 * a head signed before a key rotation is checked with the certificate it names — the current one or one of
 * {@code wincc-reports.packages.signing.previous-certificates}.
 */
final class PackageKeyHeadSigner implements HeadSigner {

    private final Supplier<SigningKey> key;
    private final List<X509Certificate> previous;

    PackageKeyHeadSigner(Supplier<SigningKey> key, List<X509Certificate> previous) {
        this.key = key;
        this.previous = List.copyOf(previous);
    }

    @Override
    public String keyId() {
        return key.get().fingerprint();
    }

    @Override
    public byte[] sign(byte[] message) {
        return key.get().sign(message);
    }

    @Override
    public boolean verify(String keyId, byte[] message, byte[] signature) {
        if (keyId.equalsIgnoreCase(key.get().fingerprint())) {
            return SigningKey.verifies(message, signature, key.get().certificate().getPublicKey());
        }
        return previous.stream().filter(c -> Certificates.fingerprint(c).equalsIgnoreCase(keyId)).findFirst()
                .map(c -> SigningKey.verifies(message, signature, c.getPublicKey())).orElse(false);
    }
}
