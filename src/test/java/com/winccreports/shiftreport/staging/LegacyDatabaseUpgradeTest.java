package com.winccreports.shiftreport.staging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.winccreports.shift.aggregate.Interpolation;
import com.winccreports.shift.aggregate.SliceAccumulator;
import com.winccreports.shift.aggregate.TagKind;
import com.winccreports.shift.aggregate.TagPartial;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.shiftreport.TestDatabase;
import com.winccreports.system.HomeFolder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Databases the product made before Flyway upgrade in place (H2 file, or PostgreSQL in CI): baselined at
 * the version the hand-made runner recorded, then migrated; the Base64 partials become binary, bit for bit
 * the engine's encoding, and nothing else changes.
 */
class LegacyDatabaseUpgradeTest {

    static final TagProfile PROFILE = TagProfile.of(TagKind.ANALOG, Interpolation.LINEAR, Duration.ofSeconds(1));

    @TempDir
    Path root;

    DriverManagerDataSource dataSource;
    JdbcTemplate jdbc;

    @BeforeEach
    void database() {
        dataSource = TestDatabase.dataSource(new HomeFolder(root));
        jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void aVersionTwoDatabaseIsBaselinedAtTwoAndItsBase64PartialsBecomeBinary() throws SQLException {
        TagPartial first = partial(0, 10_000, 20.5);
        TagPartial second = partial(10_000, 20_000, 21.25);
        LegacyDatabase.at(dataSource, 2)
                .partial(7, "L1.Temperature", 0, 0, 10_000, 10, first.encode())
                .partial(7, "L1.Temperature", 0, 10_000, 20_000, 10, second.encode())
                .result(7, "line/L1", "{\"line\":\"L1\"}");

        MigrateResult result = StagingMigrations.migrate(dataSource);

        assertThat(result.migrations).extracting(m -> m.version).containsExactly("3", "4");
        assertThat(history()).containsExactly("2:BASELINE:true", "3:JDBC:true", "4:SQL:true");
        List<PartialRow> rows = new StagingStore(jdbc).partials(7, "L1.Temperature", 0);
        assertThat(rows).extracting(PartialRow::data).containsExactly(first.encode(), second.encode());
        assertThat(TagPartial.decode(rows.get(1).data()).encode()).isEqualTo(second.encode());
        assertThat(new StagingStore(jdbc).valueCount(7)).isEqualTo(20);
        assertThat(new StagingStore(jdbc).result(7, "line/L1")).contains("{\"line\":\"L1\"}");
        assertThat(partialDataType()).isIn(Types.VARBINARY, Types.BINARY, Types.LONGVARBINARY);
        assertThat(tableExists(StagingMigrations.LEGACY_TABLE)).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class)).isZero();
        assertThat(StagingMigrations.migrate(dataSource).migrationsExecuted).isZero();
    }

    @Test
    void aDatabaseWhoseRunnerAlsoAppliedTheAuditTrailKeepsItsTrailAndGetsBinaryPartials() {
        byte[] encoded = partial(0, 5_000, 2).encode();
        LegacyDatabase.at(dataSource, 2).withAuditTrail().partial(4, "L1.Temperature", 0, 0, 5_000, 3, encoded);
        jdbc.update("UPDATE wr_audit_head SET last_id = 7 WHERE id = 1");

        MigrateResult result = StagingMigrations.migrate(dataSource);

        assertThat(result.migrations).extracting(m -> m.version).containsExactly("3", "4");
        assertThat(history()).startsWith("2:BASELINE:true");
        assertThat(jdbc.queryForObject("SELECT last_id FROM wr_audit_head", Long.class)).isEqualTo(7);
        assertThat(new StagingStore(jdbc).partials(4, "L1.Temperature", 0)).singleElement()
                .satisfies(row -> assertThat(row.data()).isEqualTo(encoded));
    }

    @Test
    void aVersionOneDatabaseGetsTheTrendTableAndBinaryPartials() throws SQLException {
        LegacyDatabase.at(dataSource, 1).partial(3, "L2.Speed", 1, 0, 5_000, 4, partial(0, 5_000, 1).encode());

        MigrateResult result = StagingMigrations.migrate(dataSource);

        assertThat(result.migrations).extracting(m -> m.version).containsExactly("2", "3", "4");
        assertThat(history()).startsWith("1:BASELINE:true");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wr_trend", Integer.class)).isZero();
        assertThat(new StagingStore(jdbc).partials(3, "L2.Speed", 1)).singleElement()
                .satisfies(row -> assertThat(row.data()).isEqualTo(partial(0, 5_000, 1).encode()));
    }

    @Test
    void aDatabaseWithOnlySpringBatchTablesGetsEveryMigration() throws SQLException {
        LegacyDatabase.at(dataSource, 0);

        MigrateResult result = StagingMigrations.migrate(dataSource);

        assertThat(result.migrations).extracting(m -> m.version).containsExactly("1", "2", "3", "4");
        assertThat(history()).startsWith("0:BASELINE:true");
        assertThat(partialDataType()).isIn(Types.VARBINARY, Types.BINARY, Types.LONGVARBINARY);
    }

    @Test
    void anUpgradeKilledHalfWayOnH2IsFinishedByTheNextStart() {
        assumeFalse(TestDatabase.postgres(), "PostgreSQL converts in one transaction: no half-way state");
        byte[] encoded = partial(0, 5_000, 3).encode();
        LegacyDatabase.at(dataSource, 2).partial(5, "L1.Temperature", 0, 0, 5_000, 3, encoded);
        // what V3 leaves on H2 when the process dies after dropping the text column (H2 commits each DDL)
        jdbc.execute("ALTER TABLE wr_partial ADD COLUMN partial_bytes VARBINARY");
        jdbc.update("UPDATE wr_partial SET partial_bytes = ?", (Object) encoded);
        jdbc.execute("ALTER TABLE wr_partial DROP COLUMN partial_data");

        StagingMigrations.migrate(dataSource);

        assertThat(new StagingStore(jdbc).partials(5, "L1.Temperature", 0)).singleElement()
                .satisfies(row -> assertThat(row.data()).isEqualTo(encoded));
        assertThat(history()).containsExactly("2:BASELINE:true", "3:JDBC:true", "4:SQL:true");
    }

    /** "version:type:success" of every applied migration (Flyway's history), in order. */
    private List<String> history() {
        return java.util.Arrays.stream(StagingMigrations.configure(Flyway.configure().dataSource(dataSource)).load()
                .info().applied()).map(m -> m.getVersion() + ":" + m.getType() + ":" + m.getState().isApplied())
                .toList();
    }

    private int partialDataType() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (String table : new String[] {"wr_partial", "WR_PARTIAL"}) {
                for (String column : new String[] {"partial_data", "PARTIAL_DATA"}) {
                    try (ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(), table,
                            column)) {
                        if (columns.next()) {
                            return columns.getInt("DATA_TYPE");
                        }
                    }
                }
            }
        }
        throw new AssertionError("no wr_partial.partial_data");
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return StagingMigrations.tableExists(connection, table);
        }
    }

    private static TagPartial partial(long from, long to, double value) {
        long[] ts = {from, from + 1000, from + 2000};
        return new SliceAccumulator(from, to, PROFILE)
                .accept(ts, new double[] {value, value + 1, value + 2}, new int[] {0xC0, 0xC0, 0xC0}, 3).partial();
    }
}
