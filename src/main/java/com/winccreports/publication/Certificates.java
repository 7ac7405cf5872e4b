package com.winccreports.publication;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** X.509 certificates as a package carries them: PEM text, SHA-256 fingerprints of the DER encoding. */
public final class Certificates {

    private Certificates() {
    }

    /** SHA-256 of the certificate's DER encoding, lower-case hex — what {@code openssl x509 -fingerprint -sha256} shows. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return Sha256.of(certificate.getEncoded());
        } catch (CertificateException e) {
            throw new IllegalStateException("cannot encode " + certificate.getSubjectX500Principal(), e);
        }
    }

    /** The certificates as PEM blocks, in order. */
    public static String pem(List<X509Certificate> chain) {
        StringBuilder pem = new StringBuilder();
        Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        for (X509Certificate certificate : chain) {
            try {
                pem.append("-----BEGIN CERTIFICATE-----\n").append(base64.encodeToString(certificate.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            } catch (CertificateException e) {
                throw new IllegalStateException(e);
            }
        }
        return pem.toString();
    }

    /** Every certificate of a PEM text or a single DER certificate, in order; empty if there is none. */
    public static List<X509Certificate> read(byte[] pemOrDer) throws GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> certificates = new ArrayList<>();
        for (var certificate : factory.generateCertificates(new ByteArrayInputStream(pemOrDer))) {
            certificates.add((X509Certificate) certificate);
        }
        return certificates;
    }
}
