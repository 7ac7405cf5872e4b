package com.winccreports.publication;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The key packages are signed with: an Ed25519 private key and its certificate chain, from the plant's keystore
 * or the installation's demo key. Signs manifests, and anything else that must be provably unchanged later —
 * such as the head of the audit trail. The private key never leaves this object and never appears in
 * {@link #toString()}.
 */
public final class SigningKey {

    /** The signature algorithm of every package. */
    public static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;
    private final boolean demo;
    private final Path keystore;

    SigningKey(PrivateKey privateKey, List<X509Certificate> chain, boolean demo, Path keystore) {
        this.privateKey = privateKey;
        this.chain = List.copyOf(chain);
        this.demo = demo;
        this.keystore = keystore;
    }

    /** The detached Ed25519 signature of {@code data} (64 bytes). */
    public byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the key of " + keystore, e);
        }
    }

    /** Whether {@code signature} is a valid Ed25519 signature of {@code data} by {@code key}. */
    public static boolean verifies(byte[] data, byte[] signature, PublicKey key) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false; // not an Ed25519 key, or a malformed signature: not a valid signature either way
        }
    }

    /** The signing certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The signing certificate, then the certificates that issued it (if the keystore holds them). */
    public List<X509Certificate> chain() {
        return chain;
    }

    /** SHA-256 of the signing certificate, lower-case hex. */
    public String fingerprint() {
        return Certificates.fingerprint(certificate());
    }

    /** True for the self-signed demo key generated on first use. */
    public boolean demo() {
        return demo;
    }

    /** The manifest's description of this key. */
    public PackageManifest.Signer signer() {
        String note = demo
                ? "demo key, self-signed: generated on first use by this installation (" + keystore.getFileName()
                        + "); shows the package is unchanged since it was signed here, not who signed it —"
                        + " configure a plant keystore for production"
                : "plant key from the configured keystore";
        return new PackageManifest.Signer(ALGORITHM, PackageLayout.SIGNATURE, PackageLayout.CERTIFICATE,
                fingerprint(), certificate().getSubjectX500Principal().getName(), demo ? "demo" : "keystore", note);
    }

    @Override
    public String toString() {
        return "SigningKey[" + (demo ? "demo" : "keystore") + " " + keystore + ", certificate "
                + certificate().getSubjectX500Principal().getName() + ", SHA-256 " + fingerprint() + "]";
    }
}
