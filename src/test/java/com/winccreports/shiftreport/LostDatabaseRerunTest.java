package com.winccreports.shiftreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.winccreports.shiftreport.publish.ReportPublisher;
import com.winccreports.simulator.SimulatorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * After {@code data/} is lost the same period run again finds its v1 folder: it is kept as it was and the run
 * says so — not "published", which would claim files were written that were not.
 */
class LostDatabaseRerunTest {

    @Test
    void aVersionFolderFromALostDatabaseIsKeptAndReportedAsKept(@TempDir Path root) throws IOException {
        assumeFalse(TestDatabase.postgres(), "the database lost is the H2 file in data/");
        try (JobTestHome home = new JobTestHome(root, JobTestHome.SMALL_JOB, SimulatorOptions.defaults())) {
            RunOutcome first;
            try (ConfigurableApplicationContext context = home.start(Map.of())) {
                first = context.getBean(ReportRunService.class).run("shift-report", RestartTests.PERIOD,
                        RunOptions.defaults());
            }
            assertThat(first.status()).as(first.message()).isEqualTo(RunOutcome.Status.COMPLETED);
            String manifest = Files.readString(first.outputFolder().resolve(ReportPublisher.MANIFEST));
            deleteTree(home.home.data());

            RunOutcome again;
            try (ConfigurableApplicationContext context = home.start(Map.of())) {
                again = context.getBean(ReportRunService.class).run("shift-report", RestartTests.PERIOD,
                        RunOptions.defaults());
            }

            assertThat(again.status()).as(again.message()).isEqualTo(RunOutcome.Status.COMPLETED);
            assertThat(again.message()).startsWith(RunOutcome.KEPT).contains(first.outputFolder().toString())
                    .contains("earlier job database").contains("--reissue");
            assertThat(first.outputFolder().resolve(ReportPublisher.MANIFEST)).hasContent(manifest);
        }
    }

    @Test
    void aVersionThisDatabaseWroteIsPublishedNotKept(@TempDir Path root) {
        try (JobTestHome home = new JobTestHome(root, JobTestHome.SMALL_JOB, SimulatorOptions.defaults());
                ConfigurableApplicationContext context = home.start(Map.of())) {
            RunOutcome outcome = context.getBean(ReportRunService.class).run("shift-report", RestartTests.PERIOD,
                    RunOptions.defaults());

            assertThat(outcome.message()).isEqualTo("published");
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
