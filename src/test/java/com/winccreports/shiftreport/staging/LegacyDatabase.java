package com.winccreports.shiftreport.staging;

import com.winccreports.shiftreport.TestDatabase;
import java.util.Base64;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A job database as the product made it before Flyway: Spring Batch's tables, the staging scripts V1..V
 * {@code version} run by the hand-made runner and recorded in its {@code wr_schema_version} table (same
 * table, same rows), partials stored as Base64 text.
 */
public final class LegacyDatabase {

    private final JdbcTemplate jdbc;

    private LegacyDatabase(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Builds the database at {@code version} (1 or 2) of the hand-made runner in {@code dataSource}. */
    public static LegacyDatabase at(DataSource dataSource, int version) {
        String platform = TestDatabase.postgres() ? "postgresql" : "h2";
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-" + platform
                + ".sql")).execute(dataSource);
        LegacyDatabase database = new LegacyDatabase(dataSource);
        database.jdbc.execute("CREATE TABLE IF NOT EXISTS wr_schema_version (version INTEGER NOT NULL PRIMARY KEY, "
                + "script VARCHAR(200) NOT NULL, applied_at TIMESTAMP NOT NULL)");
        String[] scripts = {"V1__staging_tables.sql", "V2__trend_buckets.sql"};
        for (int v = 1; v <= version; v++) {
            new ResourceDatabasePopulator(new ClassPathResource("db/migration/" + scripts[v - 1])).execute(dataSource);
            database.jdbc.update("INSERT INTO wr_schema_version VALUES (?, ?, CURRENT_TIMESTAMP)", v, scripts[v - 1]);
        }
        return database;
    }

    /** The audit trail script as the hand-made runner of the last version before Flyway applied it: third. */
    public LegacyDatabase withAuditTrail() {
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/V4__audit_trail.sql"))
                .execute(jdbc.getDataSource());
        jdbc.update("INSERT INTO wr_schema_version VALUES (3, 'V4__audit_trail.sql', CURRENT_TIMESTAMP)");
        return this;
    }

    /** Stages a partial as the product did before Flyway: its encoding in Base64 text. */
    public LegacyDatabase partial(long instanceId, String tag, int shift, long from, long to, long values,
            byte[] encoded) {
        jdbc.update("INSERT INTO wr_partial (job_instance_id, tag, shift_index, window_from, window_to, value_count, "
                + "partial_data) VALUES (?, ?, ?, ?, ?, ?, ?)", instanceId, tag, shift, from, to, values,
                Base64.getEncoder().encodeToString(encoded));
        return this;
    }

    /** Stages a named result (unchanged by the upgrade). */
    public LegacyDatabase result(long instanceId, String name, String json) {
        jdbc.update("INSERT INTO wr_result (job_instance_id, result_name, result_json) VALUES (?, ?, ?)",
                instanceId, name, json);
        return this;
    }
}
