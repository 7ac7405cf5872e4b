package com.winccreports.publication;

import java.nio.file.Path;
import java.util.Set;

/**
 * Names of a package's own files and of its ZIP. A published version {@code output/<job>/<period>/v<n>/}
 * holds its files plus {@link #MANIFEST}, {@link #SIGNATURE} and {@link #CERTIFICATE}; beside it lies
 * {@code <job>_<period>_v<n>.zip} with the same files in a folder of that name.
 */
public final class PackageLayout {

    /** The manifest: every file with its SHA-256, and what the package is. */
    public static final String MANIFEST = "manifest.json";
    /** The detached Ed25519 signature of the manifest's exact bytes (64 bytes, raw). */
    public static final String SIGNATURE = "manifest.json.sig";
    /** The signing certificate, then its chain if any, PEM. */
    public static final String CERTIFICATE = "signer.pem";
    /** A note an older version's folder gets when a newer one replaces it; written after sealing, not part of it. */
    public static final String SUPERSEDED_NOTE = "SUPERSEDED";

    /** The files a sealed package adds to the ones its manifest lists. */
    public static final Set<String> OWN_FILES = Set.of(MANIFEST, SIGNATURE, CERTIFICATE);

    private PackageLayout() {
    }

    /** {@code <job>_<period>_v<n>} of a version folder {@code .../<job>/<period>/v<n>}. */
    public static String packageName(Path versionFolder) {
        Path period = versionFolder.toAbsolutePath().getParent();
        return period.getParent().getFileName() + "_" + period.getFileName() + "_" + versionFolder.getFileName();
    }

    /** The ZIP beside a version folder: {@code .../<job>/<period>/<job>_<period>_v<n>.zip}. */
    public static Path zipBeside(Path versionFolder) {
        return versionFolder.toAbsolutePath().resolveSibling(packageName(versionFolder) + ".zip");
    }

    /** Where the ZIP is written before it is moved into place (hidden, like the folder's working copy). */
    static Path stagedZip(Path zip) {
        return zip.resolveSibling("." + zip.getFileName() + ".partial");
    }
}
