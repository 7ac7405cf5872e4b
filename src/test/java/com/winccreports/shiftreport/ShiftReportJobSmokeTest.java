package com.winccreports.shiftreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.job.ExecutionSummary;
import com.winccreports.job.JobRunService;
import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import com.winccreports.job.publish.VersionPublisher;
import com.winccreports.period.ReportPeriod;
import com.winccreports.publication.PackageFile;
import com.winccreports.publication.PackageManifest;
import com.winccreports.publication.Sha256;
import com.winccreports.simulator.SimulatorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** Two hours of one line: the report version is published with a manifest an auditor can verify. */
class ShiftReportJobSmokeTest {

    @TempDir
    Path root;

    @Test
    void publishesTheVersionWithAVerifiableManifestAndListsTheExecution() {
        try (JobTestHome home = new JobTestHome(root, JobTestHome.SMALL_JOB, SimulatorOptions.defaults());
                ConfigurableApplicationContext context = home.start(Map.of())) {
            JobRunService service = context.getBean(JobRunService.class);
            ReportPeriod period = ReportPeriod.between(Instant.parse("2026-11-24T12:00:00Z"),
                    Instant.parse("2026-11-24T14:00:00Z"));

            RunOutcome outcome = service.run("shift-report", period, new RunOptions(null, false, "operator7", null));

            assertThat(outcome.status()).as(outcome.message()).isEqualTo(RunOutcome.Status.COMPLETED);
            PackageManifest manifest = VersionPublisher.readManifest(outcome.outputFolder());
            assertThat(manifest.files()).hasSize(2).allSatisfy(entry -> {
                Path file = outcome.outputFolder().resolve(entry.path());
                assertThat(entry.sha256()).isEqualTo(Sha256.of(file));
                assertThat(entry.bytes()).isEqualTo(file.toFile().length());
            });
            assertThat(manifest.inputs()).extracting(PackageFile::path)
                    .contains("jobs/shift-report.yaml", "jobs/sites/demo.yaml");
            assertThat(manifest.inputs().get(0).sha256())
                    .isEqualTo(Sha256.of(home.home.jobs().resolve("shift-report.yaml")));
            assertThat(manifest.source().server()).isEqualTo(home.simulator.baseUri().toString());
            assertThat(manifest.source().archives()).containsExactly("PVArchive");
            assertThat(manifest.parameters()).containsEntry("definition", "shift-report").containsEntry("version", "1");
            assertThat(manifest.requestedBy().user()).isEqualTo("operator7");
            assertThat(manifest.data().cutOff()).isNotNull();
            assertThat(manifest.subject().lines()).containsExactly("L1");
            assertThat(manifest.execution().jobExecutionId()).isEqualTo(outcome.executionId());
            assertThat(outcome.outputFolder().resolveSibling(".v1.partial")).doesNotExist();

            ExecutionSummary summary = service.executions(5).get(0);
            assertThat(summary.executionId()).isEqualTo(outcome.executionId());
            assertThat(summary.status()).isEqualTo("COMPLETED");
            assertThat(summary.valuesRead()).isGreaterThan(14_000);
            assertThat(summary.outputFiles()).hasSize(2).allSatisfy(f -> assertThat(Files.exists(Path.of(f))).isTrue());
        }
    }
}
