package com.winccreports.shiftreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.job.JobRunService;
import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import com.winccreports.job.publish.PublicationStore;
import com.winccreports.period.PeriodKind;
import com.winccreports.period.ReportPeriod;
import com.winccreports.shiftreport.staging.StagingStore;
import com.winccreports.simulator.SimulatorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The same archive served with at most 500, 1,000 or 10,000 values per answer gives the same report, bit for bit:
 * every figure the merge step stages (KPIs, statistics, trends, counters, the annex) and every number in the
 * workbook. The job reads the analog, counter and state tags of line L1 over the early shift of 2026-11-24, with
 * pages asked of 10,000 values; only the simulator's cap differs.
 */
class PageSizeReproducibilityTests {

    static final String JOB = """
            kind: shift-report
            source: embedded
            site: demo
            lines: [L1]
            tags:
              - {tag: "{line}.Temperature", aggregates: [timeAverage, minimum, maximum, standardDeviation]}
              - {tag: "{line}.Pressure", aggregates: [timeAverage, minimum, maximum]}
              - {tag: "{line}.Power", aggregates: [timeAverage, integralHours]}
              - {tag: "{line}.GoodCount", aggregates: [counterTotal]}
              - {tag: "{line}.ScrapCount", aggregates: [counterTotal]}
              - {tag: "{line}.MachineState", aggregates: [timeInState]}
            kpis:
              elements:
                actualProductionTime: {tag: "{line}.MachineState", aggregate: timeInState, state: 1}
                goodQuantity: {tag: "{line}.GoodCount", aggregate: counterTotal}
                scrapQuantity: {tag: "{line}.ScrapCount", aggregate: counterTotal}
                plannedRunTimePerUnit: {value: 1.0, unit: s}
            report:
              template: report-templates/shift-report.xlsx
              layout: report-templates/shift-report.pdf-layout.yaml
              formats: [xlsx]
            partitioning: {gridSize: 2, tagsPerGroup: 3, slice: PT8H, pagesPerChunk: 3}
            """;

    @Test
    void everyFigureIsTheSameWhateverTheServersPageSize(@TempDir Path root) throws IOException {
        Map<Integer, String> staged = new LinkedHashMap<>();
        Map<Integer, List<Double>> workbook = new LinkedHashMap<>();
        for (int cap : new int[] {500, 1000, 10_000}) {
            Path home = Files.createDirectories(root.resolve("cap-" + cap));
            try (JobTestHome test = new JobTestHome(home, JOB, SimulatorOptions.defaults().withMaxValuesCap(cap));
                    ConfigurableApplicationContext context = test.startRendering(
                            Map.of("wincc-reports.sources.embedded.page-size", 10_000))) {
                JobRunService service = context.getBean(JobRunService.class);
                ReportPeriod period = new ReportPeriod(PeriodKind.SHIFT, "2026-11-24-Early",
                        Instant.parse("2026-11-24T05:00:00Z"), Instant.parse("2026-11-24T13:00:00Z"));
                RunOutcome outcome = service.run("shift-report", period, RunOptions.defaults());
                long instance = context.getBean(PublicationStore.class).byExecution(outcome.executionId())
                        .orElseThrow().instanceId();
                staged.put(cap, context.getBean(StagingStore.class).result(instance, "line/L1").orElseThrow());
                workbook.put(cap, ReportReading.numericCells(Files.readAllBytes(outcome.files().get(0))));
            }
        }
        assertThat(staged.get(500)).isEqualTo(staged.get(1000)).isEqualTo(staged.get(10_000));
        assertThat(workbook.get(500)).isEqualTo(workbook.get(1000)).isEqualTo(workbook.get(10_000));
        assertThat(staged.get(1000)).contains("\"trends\"").contains("L1.Temperature");
    }
}
