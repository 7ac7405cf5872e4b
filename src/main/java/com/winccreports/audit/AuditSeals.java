package com.winccreports.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signed heads of the audit chain ({@code wr_audit_seal}). {@link #seal} records the occasion as a row, signs
 * the head that row made and stores the seal; the caller (the publisher) puts the returned seal into the
 * package it publishes, so a copy outlives the database.
 */
public class AuditSeals {

    private final AuditTrail trail;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AuditSeals(AuditTrail trail, JdbcTemplate jdbc, Clock clock) {
        this.trail = trail;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends an {@code audit.seal} row for {@code occasion}, signs the head it made with {@code signer}. */
    public AuditSeal seal(String actor, String occasion, HeadSigner signer) {
        Objects.requireNonNull(signer, "signer");
        AuditEntry head = trail.record(actor, AuditActions.SEAL, occasion, Map.of("keyId", signer.keyId()));
        AuditSeal unsigned = new AuditSeal(head.id(), head.rowHash(), clock.instant().truncatedTo(ChronoUnit.MILLIS),
                signer.keyId(), "", occasion);
        AuditSeal seal = new AuditSeal(unsigned.headId(), unsigned.headHash(), unsigned.sealedAt(),
                unsigned.keyId(), Base64.getEncoder().encodeToString(signer.sign(unsigned.message())), occasion);
        jdbc.update("INSERT INTO wr_audit_seal (head_id, head_hash, sealed_at, key_id, signature, occasion) "
                + "VALUES (?, ?, ?, ?, ?, ?)", seal.headId(), seal.headHash(),
                OffsetDateTime.ofInstant(seal.sealedAt(), ZoneOffset.UTC), seal.keyId(), seal.signature(),
                seal.occasion());
        return seal;
    }

    /** Every stored seal, oldest head first. */
    public List<AuditSeal> all() {
        return jdbc.query("SELECT head_id, head_hash, sealed_at, key_id, signature, occasion FROM wr_audit_seal "
                + "ORDER BY head_id", (rs, n) -> new AuditSeal(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5),
                        rs.getString(6)));
    }
}
