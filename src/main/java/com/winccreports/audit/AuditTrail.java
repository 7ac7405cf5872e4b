package com.winccreports.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit trail in the job database ({@code wr_audit_event}). {@link #record} appends one row
 * linked to the one before it; it locks the chain's head row for that, so writers in several processes
 * (the service and command-line runs beside it) append one at a time. Each row is written in a transaction of
 * its own: it stays when the caller's work rolls back, and the caller's work does not wait for it.
 */
public class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, recorded_at, actor, action, target, details, prev_hash, row_hash";

    private final JdbcTemplate jdbc;
    /** Reads the trail in portions: years of rows must not be loaded at once (PostgreSQL would otherwise). */
    private final JdbcTemplate walking;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public AuditTrail(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.walking = new JdbcTemplate(jdbc.getDataSource());
        this.walking.setFetchSize(1_000);
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Appends a row: {@code actor} did {@code action} to {@code target}, with {@code details} (no secrets).
     * Returns the row as stored.
     */
    public AuditEntry record(String actor, String action, String target, Map<String, String> details) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        String detailsJson = JSON.writeValueAsString(new TreeMap<>(details));
        return ownTransaction.execute(status -> {
            Head head = jdbc.queryForObject("SELECT last_id, last_hash FROM wr_audit_head WHERE id = 1 FOR UPDATE",
                    (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
            AuditEntry entry = new AuditEntry(head.lastId() + 1, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                    clamp(actor, 200), clamp(action, 100), clamp(target == null ? "" : target, 1000), detailsJson,
                    head.lastHash(), null).sealed();
            jdbc.update("INSERT INTO wr_audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    entry.id(), OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC), entry.actor(),
                    entry.action(), entry.target(), entry.details(), entry.prevHash(), entry.rowHash());
            jdbc.update("UPDATE wr_audit_head SET last_id = ?, last_hash = ? WHERE id = 1",
                    entry.id(), entry.rowHash());
            return entry;
        });
    }

    /** Hands every row, in id order, to {@code consumer} without holding the trail in memory. */
    public void forEach(Consumer<AuditEntry> consumer) {
        ownTransaction.executeWithoutResult(status -> {
            try (Stream<AuditEntry> rows = walking.queryForStream(
                    "SELECT " + COLUMNS + " FROM wr_audit_event ORDER BY id", AuditTrail::entry)) {
                rows.forEach(consumer);
            }
        });
    }

    /**
     * Walks the whole trail and checks it against {@code seals}; {@code signatureCheck} checks a seal's
     * signature, {@code null} when no package key is at hand.
     */
    public ChainReport verify(List<AuditSeal> seals, Predicate<AuditSeal> signatureCheck) {
        ChainVerifier verifier = new ChainVerifier(seals, signatureCheck);
        forEach(verifier::accept);
        return verifier.finish(head());
    }

    /** The newest {@code limit} rows, oldest first. */
    public List<AuditEntry> newest(int limit) {
        List<AuditEntry> rows = new ArrayList<>(jdbc.query(
                "SELECT " + COLUMNS + " FROM wr_audit_event ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY",
                AuditTrail::entry));
        Collections.reverse(rows);
        return rows;
    }

    /** The last row's id and hash ({@code 0} and {@link ChainHash#GENESIS} for an empty trail). */
    public Head head() {
        return jdbc.queryForObject("SELECT last_id, last_hash FROM wr_audit_head WHERE id = 1",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
    }

    /** Values from outside (a user name typed at a login) can be long: cut to the column, visibly. */
    private static String clamp(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    static AuditEntry entry(ResultSet rs, int rowNum) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("target"), rs.getString("details"),
                rs.getString("prev_hash"), rs.getString("row_hash"));
    }

    /** The chain's head: the newest row's id and hash. */
    public record Head(long lastId, String lastHash) {
    }
}
