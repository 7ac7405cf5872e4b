package com.winccreports.publication;

import com.winccreports.publication.Verification.Finding;
import com.winccreports.publication.Verification.Problem;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The signature part of {@code verify}: the detached signature of {@code manifest.json}'s exact bytes checked
 * with the certificate the package carries, that certificate checked against the one the manifest names and
 * against its validity when the package was made, and — with trusted certificates — whether the signer is one
 * of them or was issued by one (a plant CA).
 */
final class SignatureCheck {

    private static final int MAX_SIGNATURE_BYTES = 4096;
    private static final int MAX_CERTIFICATE_BYTES = 1 << 20;
    private final List<X509Certificate> trusted;

    SignatureCheck(List<X509Certificate> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    void check(PackageContents contents, byte[] manifestBytes, JsonNode manifest, List<Finding> findings)
            throws IOException {
        byte[] signature = contents.readSmall(PackageLayout.SIGNATURE, MAX_SIGNATURE_BYTES);
        if (signature == null) {
            findings.add(Finding.failed(Problem.SIGNATURE_MISSING, PackageLayout.SIGNATURE, PackageLayout.SIGNATURE
                    + ": missing — the package is not signed, so a changed manifest would go unnoticed"));
        }
        List<X509Certificate> chain = certificates(contents, findings);
        if (signature == null || chain.isEmpty()) {
            return;
        }
        X509Certificate signer = chain.get(0);
        String who = "'" + signer.getSubjectX500Principal().getName() + "' (SHA-256 "
                + Certificates.fingerprint(signer) + ")";
        if (SigningKey.verifies(manifestBytes, signature, signer.getPublicKey())) {
            findings.add(Finding.ok("signature", "Ed25519 signature of " + PackageLayout.MANIFEST
                    + " valid for the embedded certificate " + who));
        } else {
            findings.add(Finding.failed(Problem.SIGNATURE_INVALID, PackageLayout.MANIFEST, PackageLayout.MANIFEST
                    + ": does not match its signature — changed after it was signed, or the signature is not"
                    + " from the embedded certificate " + who));
        }
        if (manifest != null) {
            checkAgainstManifest(signer, manifest, findings);
        }
        checkTrust(chain, who, created(manifest), findings);
    }

    private static List<X509Certificate> certificates(PackageContents contents, List<Finding> findings)
            throws IOException {
        byte[] pem = contents.readSmall(PackageLayout.CERTIFICATE, MAX_CERTIFICATE_BYTES);
        if (pem == null) {
            findings.add(Finding.failed(Problem.CERTIFICATE_MISSING, PackageLayout.CERTIFICATE,
                    PackageLayout.CERTIFICATE + ": missing — the signature cannot be checked"));
            return List.of();
        }
        try {
            List<X509Certificate> chain = Certificates.read(pem);
            if (!chain.isEmpty()) {
                return chain;
            }
        } catch (GeneralSecurityException e) {
            // reported below, the same as an empty file
        }
        findings.add(Finding.failed(Problem.CERTIFICATE_MISSING, PackageLayout.CERTIFICATE,
                PackageLayout.CERTIFICATE + ": not an X.509 certificate — the signature cannot be checked"));
        return List.of();
    }

    private static void checkAgainstManifest(X509Certificate signer, JsonNode manifest, List<Finding> findings) {
        JsonNode named = manifest.path("signer");
        String fingerprint = named.path("certificateSha256").asString(null);
        if (fingerprint != null && !fingerprint.equalsIgnoreCase(Certificates.fingerprint(signer))) {
            findings.add(Finding.failed(Problem.CERTIFICATE_MISMATCH, PackageLayout.CERTIFICATE,
                    PackageLayout.CERTIFICATE + ": SHA-256 " + Certificates.fingerprint(signer)
                            + ", but the manifest names the signer's certificate as " + fingerprint));
        }
        Instant created = created(manifest);
        if (created != null && (created.isBefore(signer.getNotBefore().toInstant())
                || created.isAfter(signer.getNotAfter().toInstant()))) {
            findings.add(Finding.failed(Problem.CERTIFICATE_NOT_VALID, PackageLayout.CERTIFICATE,
                    PackageLayout.CERTIFICATE + ": valid " + signer.getNotBefore().toInstant() + " to "
                            + signer.getNotAfter().toInstant() + ", not when the package was made (" + created + ")"));
        }
        if ("demo".equals(named.path("key").asString(""))) {
            findings.add(Finding.note("signature", "signed with a demo key (self-signed, generated by the"
                    + " installation that made the package): it shows the package is unchanged since then, not"
                    + " who made it"));
        }
    }

    private void checkTrust(List<X509Certificate> chain, String who, Instant at, List<Finding> findings) {
        if (trusted.isEmpty()) {
            findings.add(Finding.note("signer", "signer not pinned: pass --trust <certificate> to require"
                    + " a known signer; this one is " + who));
            return;
        }
        for (X509Certificate anchor : trusted) {
            if (chain.get(0).equals(anchor) || issuedBy(chain, anchor, at)) {
                findings.add(Finding.ok("signer", "signer " + who + " is trusted" + (chain.get(0).equals(anchor)
                        ? "" : " (issued by '" + anchor.getSubjectX500Principal().getName() + "')")));
                return;
            }
        }
        List<String> names = new ArrayList<>();
        trusted.forEach(c -> names.add("'" + c.getSubjectX500Principal().getName() + "' (SHA-256 "
                + Certificates.fingerprint(c) + ")"));
        findings.add(Finding.failed(Problem.UNTRUSTED_SIGNER, "signer", "signed by " + who
                + ", not by the trusted " + String.join(" or ", names)));
    }

    /** Whether the package's chain leads to {@code anchor} (PKIX, without revocation checks, at {@code at}). */
    private static boolean issuedBy(List<X509Certificate> chain, X509Certificate anchor, Instant at) {
        try {
            List<X509Certificate> path = chain.stream().filter(c -> !c.equals(anchor)).toList();
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
            parameters.setRevocationEnabled(false);
            if (at != null) {
                parameters.setDate(Date.from(at));
            }
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static Instant created(JsonNode manifest) {
        if (manifest == null || !manifest.path("created").isString()) {
            return null;
        }
        try {
            return Instant.parse(manifest.path("created").asString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
