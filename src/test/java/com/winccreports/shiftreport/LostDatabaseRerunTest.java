package com.winccreports.shiftreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.winccreports.job.JobRunService;
import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import com.winccreports.job.publish.VersionPublisher;
import com.winccreports.simulator.SimulatorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * After {@code data/} is lost the same period run again finds its v1 folder: it is kept as it was and the run
 * says so — not "published", which would claim files were written that were not. (Through the command line:
 * {@code CliVerbsEndToEndTest}.)
 */
class LostDatabaseRerunTest {

    @Test
    void aVersionFolderFromALostDatabaseIsKeptAndReportedAsKept(@TempDir Path root) throws IOException {
        assumeFalse(TestDatabase.postgres(), "the database lost is the H2 file in data/");
        try (JobTestHome home = new JobTestHome(root, JobTestHome.SMALL_JOB, SimulatorOptions.defaults())) {
            RunOutcome first = runInOwnContext(home);
            assertThat(first.status()).as(first.message()).isEqualTo(RunOutcome.Status.COMPLETED);
            Path manifest = first.outputFolder().resolve(VersionPublisher.MANIFEST);
            String written = Files.readString(manifest);
            FileSystemUtils.deleteRecursively(home.home.data());

            RunOutcome again = runInOwnContext(home);

            assertThat(again.status()).as(again.message()).isEqualTo(RunOutcome.Status.COMPLETED);
            assertThat(again.outputFolder()).isEqualTo(first.outputFolder());
            assertThat(again.message()).startsWith(RunOutcome.KEPT).contains(first.outputFolder().toString())
                    .contains("earlier job database").contains("--reissue");
            assertThat(manifest).hasContent(written);
        }
    }

    @Test
    void aVersionThisDatabaseWroteIsPublishedNotKept(@TempDir Path root) {
        try (JobTestHome home = new JobTestHome(root, JobTestHome.SMALL_JOB, SimulatorOptions.defaults())) {
            RunOutcome outcome = runInOwnContext(home);

            assertThat(outcome.status()).as(outcome.message()).isEqualTo(RunOutcome.Status.COMPLETED);
            assertThat(outcome.message()).isEqualTo("published");
        }
    }

    /** One run of the period in a context of its own, closed after it (as a command-line run is). */
    private static RunOutcome runInOwnContext(JobTestHome home) {
        try (ConfigurableApplicationContext context = home.start(Map.of())) {
            return context.getBean(JobRunService.class).run("shift-report", RestartTests.PERIOD, RunOptions.defaults());
        }
    }
}
