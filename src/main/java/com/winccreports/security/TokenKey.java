package com.winccreports.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC-SHA256 key bearer tokens are signed with: 256 random bits generated once per home folder into
 * {@code data/token-signing.key} (owner read/write only), so tokens survive a restart of the service and
 * every service on the same home folder accepts them. Deleting the file revokes every token at the next start.
 */
final class TokenKey {

    static final String FILE_NAME = "token-signing.key";
    private static final int BYTES = 32;

    private TokenKey() {
    }

    /** The key in {@code dataFolder}, created on first use. */
    static SecretKey in(Path dataFolder) {
        Path file = dataFolder.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length < BYTES) {
                throw new SecurityConfigurationException(file + " holds a key shorter than 256 bits: delete it, "
                        + "a new one is made at the next start (issued tokens become invalid)");
            }
            return new SecretKeySpec(key, "HmacSHA256");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the token signing key " + file, e);
        } catch (IllegalArgumentException e) {
            throw new SecurityConfigurationException(file + " is not a Base64 key: delete it, a new one is made at "
                    + "the next start (issued tokens become invalid)");
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        Path temporary = Files.createTempFile(file.getParent(), ".token-key", ".tmp");
        try {
            ownerOnly(temporary);
            Files.writeString(temporary, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            // a link never replaces: a second service starting at the same moment keeps the first key written
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException raced) {
            // the other one's key is used
        } catch (UnsupportedOperationException noLinks) {
            Files.move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
