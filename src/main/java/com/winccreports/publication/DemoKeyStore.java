package com.winccreports.publication;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The demo signing key of an installation without a configured keystore: an Ed25519 key and a self-signed
 * certificate, generated with BouncyCastle on first use into {@code config/package-signing.p12}, its random
 * password beside it in {@code config/package-signing.password} (owner-only where the file system allows),
 * and reused from then on. Two processes starting at once generate it once (a file lock).
 */
final class DemoKeyStore {

    static final String KEYSTORE = "package-signing.p12";
    static final String PASSWORD = "package-signing.password";
    static final String ALIAS = "package-signing";
    private static final Duration VALIDITY = Duration.ofDays(20 * 365);
    private static final Object JVM_LOCK = new Object();

    private DemoKeyStore() {
    }

    static SigningKey loadOrCreate(Path configFolder) {
        Path keystore = configFolder.resolve(KEYSTORE);
        Path password = configFolder.resolve(PASSWORD);
        if (!Files.isRegularFile(keystore)) {
            synchronized (JVM_LOCK) {
                createOnce(configFolder, keystore, password);
            }
        }
        return SigningKeys.fromKeystore(keystore, ALIAS, SigningKeys.firstLine(password, "demo key password"), true);
    }

    private static void createOnce(Path configFolder, Path keystore, Path password) {
        try {
            Files.createDirectories(configFolder);
            try (FileChannel lockFile = FileChannel.open(configFolder.resolve(".package-signing.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
                if (!Files.isRegularFile(keystore)) {
                    create(keystore, password);
                }
            }
        } catch (IOException e) {   // the folder, not the configuration: a write failure, restartable
            throw new UncheckedIOException("cannot create the demo signing key in " + configFolder + " ("
                    + e.getMessage() + ")", e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new SigningKeys.SigningKeyException("cannot create the demo signing key in " + configFolder
                    + " (" + e.getMessage() + "); configure a keystore (docs/packages.md)", e);
        }
    }

    /** The password first, then the keystore: a keystore on disk always has its password. */
    private static void create(Path keystore, Path passwordFile)
            throws IOException, GeneralSecurityException, OperatorCreationException {
        SecureRandom random = new SecureRandom();
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret).toCharArray();
        writeAtomically(passwordFile, (new String(password) + "\n").getBytes(StandardCharsets.UTF_8));

        KeyPair keys = KeyPairGenerator.getInstance(SigningKey.ALGORITHM).generateKeyPair();
        X509Certificate certificate = selfSigned(keys, random);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, keys.getPrivate(), password, new X509Certificate[] {certificate});
        Path staged = keystore.resolveSibling("." + keystore.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(staged)) {
            store.store(out, password);
        }
        restrict(staged);
        Durable.fsync(staged);
        Files.move(staged, keystore, StandardCopyOption.ATOMIC_MOVE);
        Durable.fsync(keystore.getParent());
    }

    private static X509Certificate selfSigned(KeyPair keys, SecureRandom random)
            throws GeneralSecurityException, OperatorCreationException {
        var name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, HostName.get())
                .addRDN(BCStyle.CN, "wincc-reports demo package signing (self-signed)").build();
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, new BigInteger(63, random),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALIDITY)), name, keys.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder(SigningKey.ALGORITHM).build(keys.getPrivate())));
    }

    private static void writeAtomically(Path file, byte[] content) throws IOException {
        Path staged = file.resolveSibling("." + file.getFileName() + ".partial");
        Files.write(staged, content);
        restrict(staged);
        Durable.fsync(staged);
        Files.move(staged, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void restrict(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
