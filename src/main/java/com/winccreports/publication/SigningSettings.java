package com.winccreports.publication;

import java.nio.file.Path;

/**
 * Where the package signing key comes from ({@code wincc-reports.packages.signing.*} in
 * {@code config/application.yaml}). With no keystore a demo key is generated on first use
 * ({@link SigningKeys}).
 *
 * @param keystore     PKCS#12 keystore holding the Ed25519 key and its certificate (relative: to the home folder)
 * @param alias        the key's alias; may be left out when the keystore holds one key
 * @param passwordEnv  environment variable holding the keystore password
 * @param passwordFile file whose first line is the keystore password (relative: to the home folder)
 */
public record SigningSettings(Path keystore, String alias, String passwordEnv, Path passwordFile) {

    /** No keystore: the demo key. */
    public static SigningSettings demo() {
        return new SigningSettings(null, null, null, null);
    }

    public boolean keystoreConfigured() {
        return keystore != null;
    }

    /** Relative paths taken from {@code home}. */
    public SigningSettings resolvedAgainst(Path home) {
        return new SigningSettings(keystore == null ? null : home.resolve(keystore), alias, passwordEnv,
                passwordFile == null ? null : home.resolve(passwordFile));
    }
}
