package com.winccreports.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.audit.ChainFinding.Problem;
import com.winccreports.schedule.MutableClock;
import com.winccreports.shiftreport.TestDatabase;
import com.winccreports.shiftreport.staging.StagingMigrations;
import com.winccreports.system.HomeFolder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The audit trail against the real job database (H2 file; PostgreSQL in CI): rows are linked as written, and
 * {@code verify} names the row an attacker with SQL access edited, inserted or removed — and, with signed
 * heads, a chain cut short or recomputed.
 */
class AuditTrailTest {

    @TempDir
    Path root;

    MutableClock clock = new MutableClock(Instant.parse("2026-11-25T06:00:00Z"));
    HikariDataSource dataSource;
    JdbcTemplate jdbc;
    AuditTrail trail;
    AuditSeals seals;
    Ed25519HeadSigner signer = new Ed25519HeadSigner();

    @BeforeEach
    void database() {
        dataSource = pool(root);
        jdbc = new JdbcTemplate(dataSource);
        trail = new AuditTrail(jdbc, new DataSourceTransactionManager(dataSource), clock);
        seals = new AuditSeals(trail, jdbc, clock);
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    /**
     * The job database of a home at {@code root} (H2 file; PostgreSQL in CI), migrated, as a pool as the product
     * has one: H2 reopens its file for each new connection.
     */
    static HikariDataSource pool(Path root) {
        Map<String, Object> properties = TestDatabase.datasource(new HomeFolder(root));
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl((String) properties.get("spring.datasource.url"));
        dataSource.setUsername((String) properties.getOrDefault("spring.datasource.username", "sa"));
        dataSource.setPassword((String) properties.getOrDefault("spring.datasource.password", ""));
        dataSource.setMaximumPoolSize(4);
        StagingMigrations.migrate(dataSource);
        return dataSource;
    }

    @Test
    void rowsAreNumberedAndLinkedAsTheyAreWritten() {
        List<AuditEntry> written = writeTen();

        assertThat(written).extracting(AuditEntry::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(written.get(0).prevHash()).isEqualTo(ChainHash.GENESIS);
        for (int i = 1; i < written.size(); i++) {
            assertThat(written.get(i).prevHash()).isEqualTo(written.get(i - 1).rowHash());
        }
        assertThat(trail.newest(3)).containsExactlyElementsOf(written.subList(7, 10));
        assertThat(verify().intact()).isTrue();
        assertThat(verify().rows()).isEqualTo(10);
    }

    @Test
    void anEditedRowIsNamed() {
        writeTen();
        jdbc.update("UPDATE wr_audit_event SET actor = 'someone-else' WHERE id = 4");

        assertThat(named(verify())).containsExactly(named(4, Problem.CHANGED));
    }

    @Test
    void anEditedRowWithItsHashRecomputedIsNamedByTheRowAfterIt() {
        List<AuditEntry> written = writeTen();
        AuditEntry forged = new AuditEntry(4, written.get(3).recordedAt(), "someone-else", written.get(3).action(),
                written.get(3).target(), written.get(3).details(), written.get(3).prevHash(), null).sealed();
        jdbc.update("UPDATE wr_audit_event SET actor = ?, row_hash = ? WHERE id = 4", forged.actor(), forged.rowHash());

        assertThat(named(verify())).containsExactly(named(4, Problem.RELINKED));
    }

    @Test
    void anInsertedRowIsNamedWhetherItLinksBackOrNot() {
        List<AuditEntry> written = writeTen();
        // make room after row 6 as an attacker would, then put a well-formed row there
        jdbc.update("UPDATE wr_audit_event SET id = id + 1000 WHERE id > 6");
        jdbc.update("UPDATE wr_audit_event SET id = id - 999 WHERE id > 1000");
        insert(new AuditEntry(7, written.get(5).recordedAt().plusMillis(1), "forger", AuditActions.LOGIN,
                "user forger", "{}", written.get(5).rowHash(), null).sealed());

        assertThat(named(verify())).containsExactly(named(7, Problem.INSERTED));
    }

    @Test
    void anInsertedRowThatLinksNowhereIsNamed() {
        writeTen();
        jdbc.update("UPDATE wr_audit_event SET id = id + 1000 WHERE id > 6");
        jdbc.update("UPDATE wr_audit_event SET id = id - 999 WHERE id > 1000");
        insert(new AuditEntry(7, clock.instant(), "forger", AuditActions.LOGIN, "user forger", "{}",
                ChainHash.GENESIS, null).sealed());

        assertThat(named(verify())).containsExactly(named(7, Problem.INSERTED));
    }

    @Test
    void aRemovedRowIsNamed() {
        writeTen();
        jdbc.update("DELETE FROM wr_audit_event WHERE id = 5");

        ChainReport report = verify();

        assertThat(named(report)).containsExactly(named(5, Problem.REMOVED));
        assertThat(report.findings().get(0).message()).contains("it was removed").contains("row 6 links");
    }

    @Test
    void severalRemovedRowsAreNamedAsARange() {
        writeTen();
        jdbc.update("DELETE FROM wr_audit_event WHERE id BETWEEN 3 AND 5");

        assertThat(verify().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rowId()).isEqualTo(3);
            assertThat(finding.problem()).isEqualTo(Problem.REMOVED);
            assertThat(finding.message()).contains("rows 3..5 were removed");
        });
    }

    @Test
    void newestRowsRemovedAreCaughtByTheHeadRowAndBySignedHeadsWhenItIsReset() {
        writeTen();
        AuditSeal seal = seals.seal("scheduler", "shift-report 2026-11-24 v1", signer);   // row 11
        writeTen();
        jdbc.update("DELETE FROM wr_audit_event WHERE id > 8");

        assertThat(named(verify())).containsExactly(named(seal.headId(), Problem.TRUNCATED), named(21, Problem.TRUNCATED));

        AuditEntry last = trail.newest(1).get(0);
        jdbc.update("UPDATE wr_audit_head SET last_id = ?, last_hash = ? WHERE id = 1", last.id(), last.rowHash());

        assertThat(named(verify())).containsExactly(named(seal.headId(), Problem.TRUNCATED));
    }

    @Test
    void aChainRecomputedFromAnEditOnIsCaughtByTheSignedHead() {
        writeTen();
        AuditSeal seal = seals.seal("scheduler", "shift-report 2026-11-24 v1", signer);
        recomputeFrom(3, "someone-else");

        assertThat(named(verify())).containsExactly(named(seal.headId(), Problem.REWRITTEN));
    }

    @Test
    void aSealWithAForgedSignatureIsNamed() {
        writeTen();
        AuditSeal seal = seals.seal("scheduler", "shift-report 2026-11-24 v1", signer);
        jdbc.update("UPDATE wr_audit_seal SET signature = ? WHERE head_id = ?",
                Base64.getEncoder().encodeToString(new Ed25519HeadSigner().sign(seal.message())), seal.headId());

        assertThat(named(verify())).containsExactly(named(seal.headId(), Problem.BAD_SEAL));
    }

    @Test
    void writersInParallelStillMakeOneChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = List.of(0, 1, 2, 3).stream().<Future<?>>map(writer -> pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    trail.record("writer-" + writer, AuditActions.RUN_START, "row " + i, Map.of());
                }
            })).toList();
            for (Future<?> writer : writers) {
                writer.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        ChainReport report = verify();
        assertThat(report.intact()).as("%s", report.findings()).isTrue();
        assertThat(report.rows()).isEqualTo(100);
        assertThat(report.lastId()).isEqualTo(100);
    }

    private List<AuditEntry> writeTen() {
        return java.util.stream.IntStream.range(0, 10).mapToObj(i -> {
            clock.advance(Duration.ofSeconds(1));
            return trail.record("quality", i % 2 == 0 ? AuditActions.LOGIN : AuditActions.TOKEN_ISSUED,
                    "user quality", Map.of("address", "10.0.0." + i, "note", "ä\nline " + i));
        }).toList();
    }

    /** What an attacker with the algorithm does: edits row {@code from} and rewrites every hash after it. */
    private void recomputeFrom(long from, String actor) {
        List<AuditEntry> rows = new java.util.ArrayList<>();
        trail.forEach(rows::add);
        String previous = rows.get((int) from - 2).rowHash();
        for (AuditEntry row : rows.subList((int) from - 1, rows.size())) {
            AuditEntry rewritten = new AuditEntry(row.id(), row.recordedAt(), row.id() == from ? actor : row.actor(),
                    row.action(), row.target(), row.details(), previous, null).sealed();
            jdbc.update("UPDATE wr_audit_event SET actor = ?, prev_hash = ?, row_hash = ? WHERE id = ?",
                    rewritten.actor(), rewritten.prevHash(), rewritten.rowHash(), row.id());
            previous = rewritten.rowHash();
        }
        jdbc.update("UPDATE wr_audit_head SET last_hash = ? WHERE id = 1", previous);
    }

    private void insert(AuditEntry row) {
        jdbc.update("INSERT INTO wr_audit_event (id, recorded_at, actor, action, target, details, prev_hash, row_hash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row.id(), OffsetDateTime.ofInstant(row.recordedAt(), ZoneOffset.UTC),
                row.actor(), row.action(), row.target(), row.details(), row.prevHash(), row.rowHash());
        jdbc.update("UPDATE wr_audit_head SET last_id = last_id + 1 WHERE id = 1");
    }

    private ChainReport verify() {
        return trail.verify(seals.all(), seal -> signer.verify(seal.keyId(), seal.message(),
                Base64.getDecoder().decode(seal.signature())));
    }

    private static List<String> named(ChainReport report) {
        return report.findings().stream().map(finding -> named(finding.rowId(), finding.problem())).toList();
    }

    private static String named(long rowId, Problem problem) {
        return problem + " row " + rowId;
    }
}
