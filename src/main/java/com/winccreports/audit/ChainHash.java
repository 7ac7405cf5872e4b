package com.winccreports.audit;

import com.winccreports.publication.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * The canonical content of an audit row and its SHA-256. Canonical: the previous row's hash, the instant
 * (ISO-8601 UTC), actor, action, target and details, each written as {@code <UTF-8 byte length>:<value>\n}
 * under a version line — unambiguous whatever the values hold, and reproducible from the stored columns
 * by anyone (see docs/operations.md). The row id is not part of it: the links, not the numbering, carry the order.
 */
public final class ChainHash {

    /** The "previous hash" of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "wincc-reports audit row v1\n";

    private ChainHash() {
    }

    /** SHA-256 (lowercase hex) of {@code entry}'s canonical content; its own {@code rowHash} is not part of it. */
    public static String of(AuditEntry entry) {
        StringBuilder canonical = new StringBuilder(VERSION);
        field(canonical, entry.prevHash());
        field(canonical, DateTimeFormatter.ISO_INSTANT.format(entry.recordedAt()));
        field(canonical, entry.actor());
        field(canonical, entry.action());
        field(canonical, entry.target());
        field(canonical, entry.details());
        return sha256(canonical.toString());
    }

    /** SHA-256 (lowercase hex) of the UTF-8 bytes of {@code text}. */
    static String sha256(String text) {
        return Sha256.of(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(StringBuilder canonical, String value) {
        canonical.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append('\n');
    }
}
