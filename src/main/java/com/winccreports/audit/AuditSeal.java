package com.winccreports.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * A signed head of the audit chain: row {@code headId} had hash {@code headHash} when {@code occasion}
 * (e.g. a published package) was signed with key {@code keyId}.
 *
 * @param signature Base64 of the signature over {@link #message()}
 */
public record AuditSeal(long headId, String headHash, Instant sealedAt, String keyId, String signature,
        String occasion) {

    /** What is signed: head id and hash, time and occasion, each length-prefixed under a version line. */
    public byte[] message() {
        StringBuilder text = new StringBuilder("wincc-reports audit head v1\n");
        for (String value : new String[] {Long.toString(headId), headHash,
                DateTimeFormatter.ISO_INSTANT.format(sealedAt), occasion}) {
            text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
