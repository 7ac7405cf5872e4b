package com.winccreports.shiftreport;

import com.winccreports.WinccReportsApplication;
import com.winccreports.definition.Definitions;
import com.winccreports.job.JobRunService;
import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import com.winccreports.report.AlarmStatistics;
import com.winccreports.shiftreport.merge.LineResult;
import com.winccreports.simulator.SimulatorOptions;
import com.winccreports.simulator.SimulatorServer;
import com.winccreports.simulator.plant.PlantModel;
import com.winccreports.system.HomeFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The shipped demo job ({@code jobs/shift-report.yaml}, both lines, the repository's site, templates and layouts,
 * the real Excel and PDF renderers) run once for the demo day 2026-11-24 against the simulator over HTTP, shared by
 * the test classes that look at it: one Spring context and one run instead of one per class. What they need is
 * taken while the context is open (outcome, staged line results, the report files' cells and text); then the
 * context, the simulator and the home folder are closed. The job's clock and the plant's "now" are pinned, so the
 * report's stamps are the same on every run.
 */
final class DemoDayRun {

    static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    /** Both the job's clock (generated-at, data cut-off) and the plant's "now". */
    static final Instant NOW = Instant.parse("2026-12-01T06:00:00Z");

    private static DemoDayRun shared;

    final RunOutcome outcome;
    final BatchStatus status;
    final Map<String, LineResult> lines;
    final NaiveShiftOracle oracle;
    /** The published files' cells and text ({@link ReportExtraction}), with the outcome's status first. */
    final List<String> extraction;
    /** Each line's own alarm statistics, as staged for its report. */
    final Map<String, AlarmStatistics> alarms;
    /** The published files by name, as bytes (to read them back with POI or PDFBox). */
    final Map<String, byte[]> files;
    /** The simulated plant the run read (its raw archive, alarms and plans). */
    final PlantModel plant;

    private DemoDayRun(RunOutcome outcome, BatchStatus status, Map<String, LineResult> lines, NaiveShiftOracle oracle,
            List<String> extraction, Map<String, AlarmStatistics> alarms, Map<String, byte[]> files, PlantModel plant) {
        this.outcome = outcome;
        this.status = status;
        this.lines = lines;
        this.oracle = oracle;
        this.extraction = extraction;
        this.alarms = alarms;
        this.files = files;
        this.plant = plant;
    }

    /** The run, made on first use in this JVM. */
    static synchronized DemoDayRun get() {
        if (shared == null) {
            shared = run();
        }
        return shared;
    }

    private static DemoDayRun run() {
        Path root = temporaryHome();
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorOptions.defaults().withPort(0)
                .withBindAddress("127.0.0.1").withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
                ConfigurableApplicationContext context = start(new HomeFolder(root), simulator)) {
            JobRunService service = context.getBean(JobRunService.class);
            RunOutcome outcome = service.run("shift-report",
                    Definitions.load(new HomeFolder(root)).site("demo").periods().productionDay(DAY),
                    new RunOptions(List.of(), false, "demo-day", null));
            BatchStatus status = outcome.executionId() == null ? BatchStatus.UNKNOWN
                    : context.getBean(JobRepository.class).getJobExecution(outcome.executionId()).getStatus();
            ReportReading.Staged staged = outcome.executionId() == null
                    ? new ReportReading.Staged(Map.of(), Map.of(), Map.of())
                    : ReportReading.Staged.of(context, outcome, List.of("L1", "L2"));
            List<String> extraction = new java.util.ArrayList<>();
            extraction.add("status " + outcome.status() + ", folder "
                    + (outcome.outputFolder() == null ? "-" : root.relativize(outcome.outputFolder())));
            extraction.addAll(ReportExtraction.of(outcome.files().stream().sorted().toList()));
            return new DemoDayRun(outcome, status, staged.lines(), new NaiveShiftOracle(simulator.model()),
                    List.copyOf(extraction), staged.alarms(), staged.files(), simulator.model());
        } finally {
            JobTestHome.delete(root);
        }
    }

    private static Path temporaryHome() {
        try {
            Path root = Files.createTempDirectory("demo-day-");
            HomeFolder home = new HomeFolder(root);
            JobTestHome.copy(Path.of("jobs"), home.jobs());
            JobTestHome.copy(Path.of("report-templates"), home.root().resolve("report-templates"));
            JobTestHome.write(home.config().resolve("wincc-password"), "demo\n");
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ConfigurableApplicationContext start(HomeFolder home, SimulatorServer simulator) {
        Map<String, Object> properties = JobTestHome.properties(home, simulator.baseUri().toString());
        return new SpringApplicationBuilder(WinccReportsApplication.class, PinnedClock.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).properties(properties)
                .run(TestDatabase.overridingArguments(properties));
    }

    /** The job's clock at {@link #NOW}; not a {@code @Configuration}, so scanning leaves other contexts alone. */
    public static class PinnedClock {
        @Bean
        @Primary
        public Clock pinnedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
