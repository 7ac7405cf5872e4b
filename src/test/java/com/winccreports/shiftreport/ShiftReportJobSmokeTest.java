package com.winccreports.shiftreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.simulator.SimulatorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

class ShiftReportJobSmokeTest {

    @TempDir
    Path root;

    @Test
    void runsTwoHoursOfOneLineAndPublishes() throws Exception {
        try (JobTestHome home = new JobTestHome(root, JobTestHome.SMALL_JOB, SimulatorOptions.defaults());
                ConfigurableApplicationContext context = home.start(Map.of())) {
            ReportRunService service = context.getBean(ReportRunService.class);
            ReportPeriod period = ReportPeriod.between(Instant.parse("2026-11-24T12:00:00Z"),
                    Instant.parse("2026-11-24T14:00:00Z"));

            RunOutcome outcome = service.run("shift-report", period, RunOptions.defaults());

            assertThat(outcome.status()).as(outcome.message()).isIn(RunOutcome.Status.COMPLETED,
                    RunOutcome.Status.COMPLETED_INCOMPLETE_DATA);
            assertThat(outcome.files()).hasSize(2);
            for (Path file : outcome.files()) {
                System.out.println(Files.readString(file));
            }
            System.out.println(Files.readString(outcome.outputFolder().resolve("manifest.json")));
            List<ExecutionSummary> executions = service.executions(10);
            System.out.println(executions);
        }
    }
}
