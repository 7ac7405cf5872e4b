package com.winccreports.shiftreport.staging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the staging tables on first start and migrates them by version: each {@code db/staging/V<n>__*.sql}
 * runs once, in order, in its own transaction, and is recorded in {@code wr_schema_version}. Plain SQL that
 * H2 and PostgreSQL both accept, so the same scripts serve both.
 */
public final class StagingSchema {

    /** The migrations, in order; append, never edit one that has shipped. */
    static final List<String> MIGRATIONS = List.of("V1__staging_tables.sql", "V2__trend_buckets.sql",
            "V4__audit_trail.sql");   // V3 (binary partials) comes with the move to Flyway; until then V4 is applied third

    private static final Logger log = LoggerFactory.getLogger(StagingSchema.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public StagingSchema(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Applies every migration newer than the database's version; returns the version reached. */
    public int migrate() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS wr_schema_version (version INTEGER NOT NULL PRIMARY KEY, "
                + "script VARCHAR(200) NOT NULL, applied_at TIMESTAMP NOT NULL)");
        int current = currentVersion();
        for (int version = current + 1; version <= MIGRATIONS.size(); version++) {
            apply(version, MIGRATIONS.get(version - 1));
        }
        return MIGRATIONS.size();
    }

    /** The highest applied migration, 0 for a fresh database. */
    public int currentVersion() {
        Integer version = jdbc.queryForObject("SELECT MAX(version) FROM wr_schema_version", Integer.class);
        return version == null ? 0 : version;
    }

    private void apply(int version, String script) {
        String sql = read(script);
        transactions.executeWithoutResult(status -> {
            for (String statement : statements(sql)) {
                jdbc.execute(statement);
            }
            jdbc.update("INSERT INTO wr_schema_version (version, script, applied_at) VALUES (?, ?, ?)",
                    version, script, Timestamp.from(clock.instant()));
        });
        log.info("Staging schema migrated to version {} ({})", version, script);
    }

    static List<String> statements(String sql) {
        String withoutComments = sql.lines().filter(line -> !line.strip().startsWith("--"))
                .reduce("", (a, b) -> a + b + "\n");
        return java.util.Arrays.stream(withoutComments.split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String read(String script) {
        try {
            return new ClassPathResource("db/staging/" + script).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing staging migration " + script, e);
        }
    }
}
