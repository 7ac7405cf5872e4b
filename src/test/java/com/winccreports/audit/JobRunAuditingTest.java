package com.winccreports.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.schedule.MutableClock;
import com.winccreports.shiftreport.TestDatabase;
import com.winccreports.shiftreport.staging.StagingMigrations;
import com.winccreports.system.HomeFolder;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.SimpleJob;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** Every job bean gets the listener; a run's start and end are rows with who asked for it and how it ended. */
class JobRunAuditingTest {

    @TempDir
    Path root;

    @Test
    void aRunsStartAndEndAreRecordedWithWhoAskedAndTheOsUser() {
        Map<String, Object> properties = TestDatabase.datasource(new HomeFolder(root));
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl((String) properties.get("spring.datasource.url"));
            dataSource.setUsername((String) properties.getOrDefault("spring.datasource.username", "sa"));
            dataSource.setPassword((String) properties.getOrDefault("spring.datasource.password", ""));
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
            MutableClock clock = new MutableClock(Instant.parse("2026-11-25T06:00:00Z"));
            StagingMigrations.migrate(jdbc.getDataSource());
            AuditTrail trail = new AuditTrail(jdbc, transactions, clock);
            DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
            beans.registerSingleton("auditTrail", trail);
            JobRunAuditing auditing = new JobRunAuditing(beans.getBeanProvider(AuditTrail.class));

            Object job = auditing.postProcessAfterInitialization(new SimpleJob("shift-report"), "shiftReportJob");
            JobExecution execution = new JobExecution(42, new JobInstance(7, "shift-report"), new JobParametersBuilder()
                    .addString("period", "2026-11-24").addString(JobRunAuditing.RUN_BY, "scheduler", false)
                    .toJobParameters());
            auditing.beforeJob(execution);
            execution.setStatus(BatchStatus.COMPLETED);
            execution.setExitStatus(ExitStatus.COMPLETED);
            auditing.afterJob(execution);

            assertThat(job).isInstanceOf(SimpleJob.class);
            List<AuditEntry> rows = trail.newest(2);
            assertThat(rows).extracting(AuditEntry::action).containsExactly(AuditActions.RUN_START, AuditActions.RUN_END);
            assertThat(rows).allSatisfy(row -> {
                assertThat(row.actor()).isEqualTo("scheduler");
                assertThat(row.target()).isEqualTo("shift-report execution 42");
                assertThat(row.details()).contains("\"parameter.period\":\"2026-11-24\"")
                        .contains("\"osUser\":\"" + System.getProperty("user.name") + "\"");
            });
            assertThat(rows.get(1).details()).contains("\"status\":\"COMPLETED\"");
        }
    }
}
