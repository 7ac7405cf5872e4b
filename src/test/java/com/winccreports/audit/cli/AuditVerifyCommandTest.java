package com.winccreports.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.audit.AuditActions;
import com.winccreports.audit.AuditEntry;
import com.winccreports.audit.AuditTrail;
import com.winccreports.publication.PackageLayout;
import com.winccreports.publication.PackageVerifier;
import com.winccreports.schedule.MutableClock;
import com.winccreports.security.ChildCli;
import com.winccreports.shiftreport.JobTestHome;
import com.winccreports.shiftreport.staging.StagingMigrations;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * {@code audit verify} and {@code audit export} as an auditor runs them, in a process of its own beside no service,
 * on the home folder's database: a row edited there is named with exit code 1; the trail exports as a package that
 * verifies; the verification and the export are themselves recorded.
 */
class AuditVerifyCommandTest {

    @TempDir
    Path root;

    @Test
    void anEditedRowIsNamedAndTheExitCodeIsOne() throws Exception {
        homeWithThreeRows(true);

        ChildCli.Result verify = ChildCli.run(root, "audit", "verify");

        assertThat(verify.exitCode()).as(verify.errors()).isEqualTo(1);
        assertThat(verify.output()).contains("Audit trail: 3 rows (last id 3)")
                .contains("CHANGED row 2: its content no longer matches its hash")
                .contains("NOT intact: 1 problem(s).");
        assertThat(newestRow()).satisfies(row -> {
            assertThat(row.action()).isEqualTo(AuditActions.VERIFY_TRAIL);
            assertThat(row.details()).contains("\"findings\":\"1\"");
        });
    }

    @Test
    void theTrailIsExportedAsAPackageThatVerifiesAndTheExportIsARow() throws Exception {
        homeWithThreeRows(false);

        ChildCli.Result export = ChildCli.run(root, "audit", "export", "--from", "2026-11-25");
        ChildCli.Result badRange = ChildCli.run(root, "audit", "export", "--to", "25.11.2026");

        assertThat(export.exitCode()).as(export.errors()).isZero();
        Path folder = root.resolve("output/audit-trail/2026-11-25--end/v1");
        assertThat(export.output()).contains("Exported 3 rows of the audit trail (2026-11-25--end)")
                .contains("audit-trail/2026-11-25--end/v1").contains("Intact.");
        assertThat(new PackageVerifier(List.of()).verify(PackageLayout.zipBeside(folder)).failures()).isEmpty();
        assertThat(badRange.exitCode()).isEqualTo(4);
        assertThat(badRange.errors()).contains("--to: to is a date (2026-11-01)");
        assertThat(newestRow()).satisfies(row -> {
            assertThat(row.action()).isEqualTo(AuditActions.EXPORT);
            assertThat(row.target()).isEqualTo("audit-trail/2026-11-25--end/v1");
        });
    }

    /** A home whose trail holds three rows; {@code edit} changes row 2 behind the trail's back. */
    private void homeWithThreeRows(boolean edit) throws Exception {
        JobTestHome.copy(Path.of("jobs/schema"), root.resolve("jobs/schema"));
        JobTestHome.copy(Path.of("jobs/sites"), root.resolve("jobs/sites"));
        Files.createDirectories(root.resolve("config"));
        Files.writeString(root.resolve("config/application.yaml"), "logging.level.com.winccreports: WARN\n");
        try (HikariDataSource database = homeDatabase()) {
            JdbcTemplate jdbc = new JdbcTemplate(database);
            DataSourceTransactionManager transactions = new DataSourceTransactionManager(database);
            MutableClock clock = new MutableClock(Instant.parse("2026-11-25T06:00:00Z"));
            StagingMigrations.migrate(jdbc.getDataSource());
            AuditTrail trail = new AuditTrail(jdbc, transactions, clock);
            trail.record("quality", AuditActions.LOGIN, "user quality", Map.of("address", "10.0.0.1"));
            trail.record("quality", AuditActions.TOKEN_ISSUED, "user quality", Map.of("tokenId", "t-1"));
            trail.record("auditor", AuditActions.LOGIN, "user auditor", Map.of("address", "10.0.0.2"));
            if (edit) {
                jdbc.update("UPDATE wr_audit_event SET details = '{\"tokenId\":\"t-2\"}' WHERE id = 2");
            }
        }
    }

    /** The trail's newest row, as the command left it. */
    private AuditEntry newestRow() {
        try (HikariDataSource database = homeDatabase()) {
            AuditTrail trail = new AuditTrail(new JdbcTemplate(database), new DataSourceTransactionManager(database),
                    java.time.Clock.systemUTC());
            return trail.newest(1).get(0);
        }
    }

    /** The database the product opens for this home (its application.yaml's H2 file, in mixed mode). */
    private HikariDataSource homeDatabase() {
        HikariDataSource database = new HikariDataSource();
        database.setJdbcUrl("jdbc:h2:file:" + root.resolve("data/wincc-reports") + ";AUTO_SERVER=TRUE");
        database.setUsername("sa");
        database.setPassword("");
        return database;
    }
}
