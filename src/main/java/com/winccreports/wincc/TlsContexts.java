package com.winccreports.wincc;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** The TLS trust of a source: a truststore, one pinned certificate, or (explicitly) anything. */
final class TlsContexts {

    private TlsContexts() {
    }

    static SSLContext truststore(Path file, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance(file.toString().toLowerCase().endsWith(".jks") ? "JKS" : "PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return context(factory.getTrustManagers());
    }

    /** Trusts exactly the server certificate whose SHA-256 fingerprint is given (hex, colons allowed). */
    static SSLContext pinned(String sha256) throws GeneralSecurityException {
        byte[] expected = HexFormat.of().parseHex(sha256.replace(":", "").replace(" ", "").toLowerCase());
        return context(new TrustManager[] {new FingerprintTrustManager(expected)});
    }

    static SSLContext trustAll() throws GeneralSecurityException {
        return context(new TrustManager[] {new FingerprintTrustManager(null)});
    }

    private static SSLContext context(TrustManager[] managers) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, managers, null);
        return context;
    }

    /** Accepts the leaf certificate with the expected fingerprint; {@code null} expected = anything. */
    private record FingerprintTrustManager(byte[] expected) implements X509TrustManager {

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType)
                throws java.security.cert.CertificateException {
            if (expected == null) {
                return;
            }
            try {
                byte[] actual = MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded());
                if (!MessageDigest.isEqual(actual, expected)) {
                    throw new java.security.cert.CertificateException("server certificate SHA-256 "
                            + HexFormat.of().formatHex(actual) + " is not the pinned one");
                }
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new java.security.cert.CertificateException(e);
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType)
                throws java.security.cert.CertificateException {
            throw new java.security.cert.CertificateException("client certificates are not checked here");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
