package com.winccreports.publication;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Keys, certificates and PKCS#12 keystores as a plant's IT would make them (keytool, a CA), for tests. */
public final class TestKeystores {

    private static final AtomicLong SERIAL = new AtomicLong(1000);

    private TestKeystores() {
    }

    public static KeyPair keys(String algorithm) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
        if (algorithm.equals("RSA")) {
            generator.initialize(2048);
        }
        return generator.generateKeyPair();
    }

    /** A certificate for {@code subject}, signed by {@code issuerKeys} as {@code issuer} (itself if null). */
    public static X509Certificate certificate(KeyPair subject, String name, KeyPair issuerKeys, X509Certificate issuer,
            boolean ca, Instant notBefore, Instant notAfter) throws Exception {
        X500Name subjectName = new X500Name("O=Test Plant,CN=" + name); // shown as "CN=<name>,O=Test Plant"
        X500Name issuerName = issuer == null ? subjectName
                : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(notBefore), Date.from(notAfter), subjectName,
                subject.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true,
                new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.digitalSignature : KeyUsage.digitalSignature));
        String algorithm = issuerKeys.getPrivate().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "Ed25519";
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder(algorithm).build(issuerKeys.getPrivate())));
    }

    /** A self-signed certificate valid from a year ago for ten years. */
    public static X509Certificate selfSigned(KeyPair keys, String name) throws Exception {
        Instant now = Instant.now();
        return certificate(keys, name, keys, null, false, now.minusSeconds(365L * 86400), now.plusSeconds(3650L * 86400));
    }

    /** Writes a PKCS#12 keystore holding one key entry. */
    public static Path write(Path file, String alias, String password, KeyPair keys, X509Certificate... chain)
            throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, keys.getPrivate(), password.toCharArray(), chain);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return file;
    }

    /** A keystore with a new Ed25519 key and its self-signed certificate. */
    public static X509Certificate ed25519Keystore(Path file, String alias, String password) throws Exception {
        KeyPair keys = keys("Ed25519");
        X509Certificate certificate = selfSigned(keys, "package signing " + alias);
        write(file, alias, password, keys, certificate);
        return certificate;
    }
}
