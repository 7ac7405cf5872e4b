package com.winccreports.publication;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.EdECPrivateKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Loads the package signing key: the configured PKCS#12 keystore's Ed25519 key, or — with no keystore
 * configured — the installation's demo key in {@code <home>/config/package-signing.p12}, generated on first use
 * ({@link DemoKeyStore}). Every problem is one line naming the property to fix; no password is ever part of one.
 */
public final class SigningKeys {

    static final String PREFIX = "wincc-reports.packages.signing.";

    private SigningKeys() {
    }

    /** The key {@code settings} name (relative paths from {@code home}), or the demo key of {@code home}. */
    public static SigningKey load(SigningSettings settings, Path home, Map<String, String> environment) {
        if (!settings.keystoreConfigured()) {
            return DemoKeyStore.loadOrCreate(home.resolve("config"));
        }
        SigningSettings resolved = settings.resolvedAgainst(home);
        char[] password = password(resolved, environment);
        return fromKeystore(resolved.keystore(), resolved.alias(), password, false);
    }

    /**
     * Checks what {@code settings} refer to without opening the keystore: the keystore file exists and its
     * password can be read (the variable is set, the file readable). Nothing to check for the demo key.
     *
     * @throws SigningKeyException naming the property
     */
    public static void checkReferences(SigningSettings settings, Path home, Map<String, String> environment) {
        if (!settings.keystoreConfigured()) {
            return;
        }
        SigningSettings resolved = settings.resolvedAgainst(home);
        if (!Files.isRegularFile(resolved.keystore())) {
            throw new SigningKeyException(PREFIX + "keystore: " + resolved.keystore() + " does not exist");
        }
        Arrays.fill(password(resolved, environment), '\0');
    }

    /** The Ed25519 key under {@code alias} (or the keystore's only key) with its certificate chain. */
    static SigningKey fromKeystore(Path keystore, String alias, char[] password, boolean demo) {
        if (!Files.isRegularFile(keystore)) {
            throw new SigningKeyException(PREFIX + "keystore: " + keystore + " does not exist");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                store.load(in, password);
            }
            String keyAlias = alias != null ? alias : onlyKey(store, keystore);
            if (!store.isKeyEntry(keyAlias)) {
                throw new SigningKeyException(PREFIX + "alias: " + keystore + " has no key '" + keyAlias
                        + "' (keys: " + keyAliases(store) + ")");
            }
            Key key = store.getKey(keyAlias, password);
            if (!(key instanceof EdECPrivateKey edKey) || !edKey.getParams().getName().equals(SigningKey.ALGORITHM)) {
                throw new SigningKeyException(PREFIX + "alias: key '" + keyAlias + "' in " + keystore + " is "
                        + key.getAlgorithm() + ", packages are signed with Ed25519"
                        + " (keytool -genkeypair -keyalg Ed25519, docs/packages.md)");
            }
            return new SigningKey((PrivateKey) key, chain(store, keyAlias, keystore), demo, keystore);
        } catch (IOException e) {
            boolean wrongPassword = e.getCause() instanceof UnrecoverableKeyException
                    || String.valueOf(e.getMessage()).contains("password");
            throw new SigningKeyException(wrongPassword
                    ? PREFIX + "password-env/password-file: the password does not open " + keystore
                    : PREFIX + "keystore: cannot read " + keystore + " as PKCS#12: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new SigningKeyException(PREFIX + "keystore: cannot read the key in " + keystore + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private static String onlyKey(KeyStore store, Path keystore) throws GeneralSecurityException {
        List<String> keys = keyAliases(store);
        if (keys.size() != 1) {
            throw new SigningKeyException(PREFIX + "alias: " + keystore + " holds " + keys.size()
                    + " keys " + keys + "; name the one to sign with");
        }
        return keys.get(0);
    }

    private static List<String> keyAliases(KeyStore store) throws GeneralSecurityException {
        List<String> keys = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                keys.add(alias);
            }
        }
        return keys;
    }

    private static List<X509Certificate> chain(KeyStore store, String alias, Path keystore)
            throws GeneralSecurityException {
        Certificate[] chain = store.getCertificateChain(alias);
        if (chain == null || chain.length == 0) {
            throw new SigningKeyException(PREFIX + "alias: key '" + alias + "' in " + keystore + " has no certificate");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate certificate : chain) {
            certificates.add((X509Certificate) certificate);
        }
        return certificates;
    }

    private static char[] password(SigningSettings settings, Map<String, String> environment) {
        if (settings.passwordEnv() != null) {
            String value = environment.get(settings.passwordEnv());
            if (value == null) {
                throw new SigningKeyException(PREFIX + "password-env names " + settings.passwordEnv()
                        + ", which is not set in the environment");
            }
            return value.toCharArray();
        }
        if (settings.passwordFile() != null) {
            return firstLine(settings.passwordFile(), PREFIX + "password-file");
        }
        throw new SigningKeyException(PREFIX + "keystore is set: give its password by password-env or password-file");
    }

    static char[] firstLine(Path file, String property) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? new char[0] : lines.get(0).toCharArray();
        } catch (IOException e) {
            throw new SigningKeyException(property + ": cannot read " + file + " (" + e.getClass().getSimpleName()
                    + ")", e);
        }
    }

    /** A signing key that cannot be loaded: the message names the property to fix and never holds a secret. */
    public static final class SigningKeyException extends RuntimeException {
        public SigningKeyException(String message) {
            super(message);
        }

        public SigningKeyException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
