package com.winccreports.shiftreport.staging;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.job.publish.Publication;
import com.winccreports.job.publish.PublicationStore;
import com.winccreports.shiftreport.TestDatabase;
import com.winccreports.system.HomeFolder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Staging tables (Flyway) and stores against the test database (H2, or PostgreSQL in CI). */
class StagingStoreTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    DriverManagerDataSource dataSource;
    JdbcTemplate jdbc;
    TransactionTemplate transactions;

    @BeforeEach
    void database() {
        dataSource = TestDatabase.dataSource(new HomeFolder(root));
        jdbc = new JdbcTemplate(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Test
    void createsTheTablesOnFirstStartAndLeavesThemAloneAfter() {
        MigrateResult first = StagingMigrations.migrate(dataSource);
        MigrateResult second = StagingMigrations.migrate(dataSource);

        assertThat(first.migrations).extracting(m -> m.version).containsExactly("1", "2", "3", "4");
        assertThat(second.migrationsExecuted).isZero();
        assertThat(second.targetSchemaVersion).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wr_partial", Integer.class)).isZero();
    }

    @Test
    void trendBucketsOfAWindowAreReplacedWithIt() {
        StagingMigrations.migrate(dataSource);
        StagingStore store = new StagingStore(jdbc);
        store.replaceTrends(7, List.of(new TrendRow("L1.Temperature", 0, 0, 10, 2), new TrendRow("L1.Temperature", 0, 60_000, 3, 1)));
        store.replaceTrends(7, List.of(new TrendRow("L1.Temperature", 0, 0, 20, 4)));
        store.replaceTrends(7, List.of(new TrendRow("L1.Temperature", 30_000, 0, 5, 1)));

        assertThat(store.trend(7, "L1.Temperature")).containsExactly(new StagingStore.Bucket(0, 25, 5));
    }

    @Test
    void aChunkWrittenAgainReplacesItsPartialsInsteadOfAddingThem() {
        StagingMigrations.migrate(dataSource);
        StagingStore store = new StagingStore(jdbc);
        List<PartialRow> chunk = List.of(new PartialRow("L1.Temperature", 0, 1000, 2000, 10, bytes("first")),
                new PartialRow("L1.Temperature", 0, 2000, 3000, 5, bytes("second")));

        transactions.executeWithoutResult(status -> store.replacePartials(7, chunk));
        transactions.executeWithoutResult(status -> store.replacePartials(7,
                List.of(new PartialRow("L1.Temperature", 0, 1000, 2000, 10, bytes("first, again")))));

        assertThat(store.partials(7, "L1.Temperature", 0)).extracting(row -> new String(row.data(), UTF_8))
                .containsExactly("first, again", "second");
        assertThat(store.valueCount(7)).isEqualTo(15);
        assertThat(store.partials(8, "L1.Temperature", 0)).isEmpty();
    }

    @Test
    void aRolledBackChunkLeavesNothing() {
        StagingMigrations.migrate(dataSource);
        StagingStore store = new StagingStore(jdbc);

        transactions.executeWithoutResult(status -> {
            store.replacePartials(7, List.of(new PartialRow("L1.Speed", 1, 0, 10, 3, bytes("x"))));
            status.setRollbackOnly();
        });

        assertThat(store.valueCount(7)).isZero();
    }

    @Test
    void aLaterVersionSupersedesTheEarlierOnes() {
        StagingMigrations.migrate(dataSource);
        PublicationStore publications = new PublicationStore(jdbc);
        publications.record(publication(1));
        publications.record(publication(2));

        assertThat(publications.versions("shift-report", "2026-11-24", "*"))
                .extracting(Publication::version, Publication::supersededBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2), org.assertj.core.groups.Tuple.tuple(2, null));
        assertThat(publications.byExecution(102)).map(Publication::files).contains(List.of("a.xlsx", "a.pdf"));
    }

    @Test
    void namedResultsAreReplaced() {
        StagingMigrations.migrate(dataSource);
        StagingStore store = new StagingStore(jdbc);
        store.putResult(3, "alarms", "{}");
        store.putResult(3, "alarms", "{\"n\":1}");

        assertThat(store.result(3, "alarms")).contains("{\"n\":1}");
        assertThat(store.result(3, "bounds")).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static Publication publication(int version) {
        return new Publication("shift-report", "2026-11-24", "*", version, 10 + version, 100 + version,
                Path.of("output/shift-report/2026-11-24/v" + version), List.of("a.xlsx", "a.pdf"), false,
                CLOCK.instant(), null);
    }
}
