package com.winccreports.shiftreport;

import com.winccreports.report.AlarmStatistics;
import com.winccreports.shiftreport.merge.LineResult;
import com.winccreports.shiftreport.staging.PublicationStore;
import com.winccreports.shiftreport.staging.StagingStore;
import com.winccreports.shiftreport.steps.AlarmStatisticsTasklet;
import com.winccreports.simulator.SimulatorOptions;
import com.winccreports.simulator.plant.PlantModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The shipped demo job run once per test JVM over the production day 2026-11-24 of the demo plant, both lines,
 * with the product's renderers: what it staged and published, for the test classes that check it. Its home
 * folder is removed when the JVM exits.
 */
record DemoDayRun(RunOutcome outcome, BatchStatus status, Map<String, LineResult> lines,
        Map<String, AlarmStatistics> alarms, Map<String, byte[]> files, PlantModel plant) {

    static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static DemoDayRun run;

    static synchronized DemoDayRun get() {
        if (run == null) {
            run = runOnce();
        }
        return run;
    }

    private static DemoDayRun runOnce() {
        Path root = null;
        try {
            root = Files.createTempDirectory("demo-day");
            try (JobTestHome home = new JobTestHome(root, Files.readString(Path.of("jobs/shift-report.yaml")),
                    SimulatorOptions.defaults());
                    ConfigurableApplicationContext context = home.startRendering(Map.of())) {
                ReportRunService service = context.getBean(ReportRunService.class);
                ReportPeriod period = service.lastCompletePeriod("shift-report", DAY.plusDays(1).atTime(12, 0)
                        .atZone(ZoneId.of("Europe/Berlin")).toInstant());
                RunOutcome outcome = service.run("shift-report", period, RunOptions.defaults());
                long instance = context.getBean(PublicationStore.class).byExecution(outcome.executionId())
                        .orElseThrow(() -> new AssertionError(outcome.message())).instanceId();
                StagingStore store = context.getBean(StagingStore.class);
                Map<String, LineResult> lines = new LinkedHashMap<>();
                Map<String, AlarmStatistics> alarms = new LinkedHashMap<>();
                for (String line : List.of("L1", "L2")) {
                    lines.put(line, StagingJson.read(store.result(instance, "line/" + line).orElseThrow(),
                            LineResult.class));
                    alarms.put(line, StagingJson.read(store.result(instance, AlarmStatisticsTasklet.lineKey(line))
                            .orElseThrow(), AlarmStatistics.class));
                }
                Map<String, byte[]> files = new LinkedHashMap<>();
                for (Path file : outcome.files()) {
                    files.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
                BatchStatus status = context.getBean(JobRepository.class).getJobExecution(outcome.executionId())
                        .getStatus();
                return new DemoDayRun(outcome, status, lines, alarms, files, home.simulator.model());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Path folder = root;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
        }
    }

    private static void delete(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // the JVM is exiting: a temporary folder left behind is harmless
        }
    }
}
