package com.winccreports.shiftreport.staging;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The product's own tables (staging, publication register) migrated by Flyway: SQL scripts in
 * {@code db/migration/V<n>__*.sql} that H2 and PostgreSQL both accept, Java migrations where the platforms
 * differ ({@link BinaryPartialsMigration}), history in {@code wr_schema_history}. Spring Batch's and Quartz's
 * tables are theirs and not touched.
 * <p>
 * A database made before Flyway (its version in {@code wr_schema_version}, written by the hand-made runner
 * of versions 1–2) is baselined at that version first and then migrated in place; a database without our
 * tables — new, or holding only Spring Batch's and Quartz's — is baselined at 0, so every script runs.
 */
public final class StagingMigrations {

    /** Where the SQL migrations are; Java migrations are added by {@link #configure}. */
    public static final String LOCATION = "classpath:db/migration";
    /** Flyway's history of the product's tables. */
    public static final String HISTORY_TABLE = "wr_schema_history";
    /** The version table of the hand-made runner the product used before Flyway. */
    static final String LEGACY_TABLE = "wr_schema_version";
    /** The last of the product's scripts in the order the hand-made runner applied them. */
    static final int LAST_HAND_MADE = 2;
    private static final java.util.regex.Pattern SCRIPT = java.util.regex.Pattern.compile("V(\\d+)__");

    private static final Logger log = LoggerFactory.getLogger(StagingMigrations.class);

    private StagingMigrations() {
    }

    /** Points {@code configuration} at the product's migrations and history table. */
    public static FluentConfiguration configure(FluentConfiguration configuration) {
        return configuration.locations(LOCATION).table(HISTORY_TABLE)
                .javaMigrations(new BinaryPartialsMigration());
    }

    /** Migrates the product's tables in {@code dataSource} to the newest version (tools and tests). */
    public static MigrateResult migrate(DataSource dataSource) {
        return migrate(configure(Flyway.configure().dataSource(dataSource)).load());
    }

    /** Baselines a database that has no Flyway history yet (see the type's comment), then migrates it. */
    public static MigrateResult migrate(Flyway flyway) {
        if (flyway.info().applied().length == 0) {
            int legacy = legacyVersion(flyway.getConfiguration().getDataSource());
            Flyway.configure(flyway.getConfiguration().getClassLoader()).configuration(flyway.getConfiguration())
                    .baselineVersion(Integer.toString(legacy))
                    .baselineDescription(legacy == 0 ? "before the first migration"
                            : LEGACY_TABLE + " version " + legacy)
                    .load().baseline();
            if (legacy > 0) {
                log.info("Database of schema version {} (before Flyway) baselined; migrating it in place", legacy);
            }
        }
        return flyway.migrate();
    }

    /**
     * The version to baseline a database of the hand-made runner at: the highest n such that it applied the
     * scripts V1..Vn, at most {@link #LAST_HAND_MADE}; 0 when it never ran here. Read from the scripts it
     * recorded, not its version numbers: it applied V4 (audit trail) as its third, and V3 (binary partials)
     * never — V4 is then run again by Flyway, which its IF NOT EXISTS allows.
     */
    static int legacyVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!tableExists(connection, LEGACY_TABLE)) {
                return 0;
            }
            java.util.Set<Integer> applied = new java.util.HashSet<>();
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT script FROM " + LEGACY_TABLE)) {
                while (result.next()) {
                    java.util.regex.Matcher version = SCRIPT.matcher(result.getString(1));
                    if (version.lookingAt()) {
                        applied.add(Integer.parseInt(version.group(1)));
                    }
                }
            }
            int baseline = 0;
            while (baseline < LAST_HAND_MADE && applied.contains(baseline + 1)) {
                baseline++;
            }
            return baseline;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + LEGACY_TABLE + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code table} exists in the connection's current schema (upper-case in H2, lower in PostgreSQL). */
    static boolean tableExists(Connection connection, String table) throws SQLException {
        String schema = connection.getSchema();
        for (String name : new String[] {table, table.toUpperCase(java.util.Locale.ROOT)}) {
            try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), schema, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
