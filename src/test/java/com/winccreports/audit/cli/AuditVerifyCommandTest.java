package com.winccreports.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.audit.AuditActions;
import com.winccreports.audit.AuditTrail;
import com.winccreports.security.ChildCli;
import com.winccreports.shiftreport.JobTestHome;
import com.winccreports.system.HomeFolder;
import com.winccreports.system.SpringLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code audit verify} as an auditor runs it, in a process of its own beside no service: a row edited in the
 * database is named with exit code 1, and the verification is itself recorded.
 */
class AuditVerifyCommandTest {

    @TempDir
    Path root;

    @Test
    void anEditedRowIsNamedAndTheExitCodeIsOne() throws Exception {
        JobTestHome.copy(Path.of("jobs/schema"), root.resolve("jobs/schema"));
        JobTestHome.copy(Path.of("jobs/sites"), root.resolve("jobs/sites"));
        Files.createDirectories(root.resolve("config"));
        Files.writeString(root.resolve("config/application.yaml"), "logging.level.com.winccreports: WARN\n");
        try (ConfigurableApplicationContext context = SpringLauncher.batch(new HomeFolder(root), Map.of())) {
            AuditTrail trail = context.getBean(AuditTrail.class);
            trail.record("quality", AuditActions.LOGIN, "user quality", Map.of("address", "10.0.0.1"));
            trail.record("quality", AuditActions.TOKEN_ISSUED, "user quality", Map.of("tokenId", "t-1"));
            trail.record("auditor", AuditActions.LOGIN, "user auditor", Map.of("address", "10.0.0.2"));
            context.getBean(JdbcTemplate.class).update(
                    "UPDATE wr_audit_event SET details = '{\"tokenId\":\"t-2\"}' WHERE id = 2");
        }

        ChildCli.Result verify = ChildCli.run(root, "audit", "verify");

        assertThat(verify.exitCode()).as(verify.errors()).isEqualTo(1);
        assertThat(verify.output()).contains("Audit trail: 3 rows (last id 3)")
                .contains("CHANGED row 2: its content no longer matches its hash")
                .contains("NOT intact: 1 problem(s).");
        try (ConfigurableApplicationContext context = SpringLauncher.batch(new HomeFolder(root), Map.of())) {
            assertThat(context.getBean(AuditTrail.class).newest(1)).singleElement().satisfies(row -> {
                assertThat(row.action()).isEqualTo(AuditActions.VERIFY_TRAIL);
                assertThat(row.details()).contains("\"findings\":\"1\"");
            });
        }
    }
}
