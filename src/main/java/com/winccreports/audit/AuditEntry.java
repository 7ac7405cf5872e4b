package com.winccreports.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the audit trail as stored: who ({@code actor}) did what ({@code action}) to what ({@code target}),
 * with {@code details} as a JSON object, linked to the row before it by {@code prevHash}.
 *
 * @param id        position in the trail, 1 for the first row, without gaps
 * @param recordedAt when it was recorded, to the millisecond
 * @param actor     an application user, or the OS user of a command-line run
 * @param action    what was done, one of {@link AuditActions}' names or a later phase's
 * @param target    what it was done to (a job and period, an execution, a user); empty when nothing
 * @param details   JSON object with the keys sorted
 * @param prevHash  SHA-256 (hex) of the previous row, {@link ChainHash#GENESIS} for the first
 * @param rowHash   SHA-256 (hex) of this row's canonical content, {@link ChainHash#of(AuditEntry)}
 */
public record AuditEntry(long id, Instant recordedAt, String actor, String action, String target, String details,
        String prevHash, String rowHash) {

    public AuditEntry {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(prevHash, "prevHash");
    }

    /** This row with {@code rowHash} computed from its content. */
    public AuditEntry sealed() {
        return new AuditEntry(id, recordedAt, actor, action, target, details, prevHash, ChainHash.of(this));
    }
}
