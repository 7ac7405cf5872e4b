package com.winccreports.shiftreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.job.JobRunService;
import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import com.winccreports.job.publish.PublicationStore;
import com.winccreports.period.ReportPeriod;
import com.winccreports.simulator.SimulatorOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Housekeeping of the report job's data: a failed period and two reported ones; purging before the second
 * report drops the first one's staging rows and execution history (steps and contexts included) and keeps
 * the second's, the failed run's (its restart still works) and every publication record.
 */
class ShiftReportDataPurgerTest {

    static final String JOB = "shift-report";
    static final ReportPeriod FAILED = period("2026-11-24T08:00:00Z", "2026-11-24T10:00:00Z");
    static final ReportPeriod FIRST = period("2026-11-24T10:00:00Z", "2026-11-24T12:00:00Z");
    static final ReportPeriod SECOND = period("2026-11-24T12:00:00Z", "2026-11-24T14:00:00Z");

    @Test
    void purgesStagingAndHistoryOfFinishedRunsBeforeTheCutOffOnly(@TempDir Path root) {
        try (JobTestHome home = new JobTestHome(root, JobTestHome.SMALL_JOB, SimulatorOptions.defaults());
                ConfigurableApplicationContext context = home.start(Map.of(), FailingArchiveAccess.Wiring.class)) {
            JobRunService service = context.getBean(JobRunService.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            FailingArchiveAccess.ARMED.set(true);
            RunOutcome failed = service.run(JOB, FAILED, RunOptions.defaults());
            assertThat(failed.status()).isEqualTo(RunOutcome.Status.FAILED_RESTARTABLE);
            RunOutcome first = completed(service.run(JOB, FIRST, RunOptions.defaults()));
            RunOutcome second = completed(service.run(JOB, SECOND, RunOptions.defaults()));
            long failedInstance = instanceOf(service, FAILED);
            long firstInstance = instanceOf(service, FIRST);
            long secondInstance = instanceOf(service, SECOND);
            int firstRows = stagingRows(jdbc, firstInstance);
            int secondRows = stagingRows(jdbc, secondInstance);
            int failedRows = stagingRows(jdbc, failedInstance);
            assertThat(List.of(firstRows, secondRows, failedRows)).allSatisfy(rows -> assertThat(rows).isPositive());
            Instant secondStarted = service.latest(JOB, SECOND, List.of()).orElseThrow().started();
            JobRunService purger = context.getBean(JobRunService.class);

            assertThat(purger.purgeStaging(JOB, SECOND.to())).isEqualTo(firstRows);
            assertThat(purger.purgeHistory(JOB, secondStarted)).isEqualTo(1);

            assertThat(stagingRows(jdbc, firstInstance)).isZero();
            assertThat(stagingRows(jdbc, secondInstance)).isEqualTo(secondRows);
            assertThat(stagingRows(jdbc, failedInstance)).isEqualTo(failedRows);
            assertThat(history(jdbc, first.executionId())).isZero();
            assertThat(history(jdbc, second.executionId())).isPositive();
            assertThat(history(jdbc, failed.executionId())).isPositive();
            assertThat(purger.purgeStaging("another-job", SECOND.to().plusSeconds(86_400))).isZero();

            PublicationStore publications = context.getBean(PublicationStore.class);
            assertThat(publications.byExecution(first.executionId())).isPresent();
            assertThat(service.latest(JOB, FIRST, List.of())).hasValueSatisfying(latest -> {
                assertThat(latest.executionId()).isEqualTo(first.executionId());
                assertThat(latest.status()).isEqualTo("COMPLETED");
            });
            RunOutcome again = service.run(JOB, FIRST, RunOptions.defaults());
            assertThat(again.status()).isEqualTo(RunOutcome.Status.REFUSED);
            assertThat(again.message()).contains("already reported as v1").contains("history purged");
            assertThat(completed(service.run(JOB, FAILED, RunOptions.defaults())).version()).isEqualTo(1);
        }
    }

    private static RunOutcome completed(RunOutcome outcome) {
        assertThat(outcome.status()).as(outcome.message()).isEqualTo(RunOutcome.Status.COMPLETED);
        return outcome;
    }

    private static long instanceOf(JobRunService service, ReportPeriod period) {
        return service.latest(JOB, period, List.of()).orElseThrow().instanceId();
    }

    private static int stagingRows(JdbcTemplate jdbc, long instance) {
        return ShiftReportKind.STAGING_TABLES.stream().mapToInt(table -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM " + table + " WHERE job_instance_id = ?", Integer.class, instance)).sum();
    }

    /** Rows the job repository keeps for one execution: itself, its context, its steps and their contexts. */
    private static int history(JdbcTemplate jdbc, long execution) {
        return count(jdbc, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?", execution)
                + count(jdbc, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION_CONTEXT WHERE JOB_EXECUTION_ID = ?", execution)
                + count(jdbc, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?", execution)
                + count(jdbc, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION_CONTEXT c JOIN BATCH_STEP_EXECUTION s "
                        + "ON s.STEP_EXECUTION_ID = c.STEP_EXECUTION_ID WHERE s.JOB_EXECUTION_ID = ?", execution);
    }

    private static int count(JdbcTemplate jdbc, String sql, long execution) {
        Integer count = jdbc.queryForObject(sql, Integer.class, execution);
        return count == null ? 0 : count;
    }

    private static ReportPeriod period(String from, String to) {
        return ReportPeriod.between(Instant.parse(from), Instant.parse(to));
    }
}
