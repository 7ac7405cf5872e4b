package com.winccreports.shiftreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.WinccReportsApplication;
import com.winccreports.simulator.SimulatorOptions;
import com.winccreports.simulator.SimulatorServer;
import com.winccreports.system.HomeFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The shift report of the demo day as users get it — the repository's {@code jobs/shift-report.yaml}, its site,
 * templates and layouts, the real Excel and PDF renderers, both lines, read over HTTP from the simulator — has
 * the same cells and text as the golden extraction committed in {@code src/test/resources/golden/}. It guards
 * refactorings that must not change the report. Stamps are pinned (the job's and the plant's clock), the
 * simulator's port is masked.
 *
 * <p>A deliberate change of the report's content or layout changes the golden too; regenerate it with
 * {@code mvn -B test -Dtest=DemoDayGoldenTest -Dwincc-reports.golden.update=true}, then review and commit its diff
 * together with the change (see docs/testing.md).
 */
class DemoDayGoldenTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/shift-report-demo-2026-11-24.txt");
    static final String UPDATE = "wincc-reports.golden.update";
    /** Both the job's clock (generated-at, data cut-off) and the plant's "now". */
    static final Instant NOW = Instant.parse("2026-12-01T06:00:00Z");

    @TempDir
    Path root;

    @Test
    void theDemoDayReportHasTheCellsAndTextOfTheGolden() throws IOException {
        HomeFolder home = new HomeFolder(root);
        JobTestHome.copy(Path.of("jobs"), home.jobs());
        JobTestHome.copy(Path.of("report-templates"), home.root().resolve("report-templates"));
        JobTestHome.write(home.config().resolve("wincc-password"), "demo\n");
        List<String> actual;
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorOptions.defaults().withPort(0)
                .withBindAddress("127.0.0.1").withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
                ConfigurableApplicationContext context = start(home, simulator)) {
            ReportRunService service = context.getBean(ReportRunService.class);
            RunOutcome outcome = service.run("shift-report", ShiftReportRun.productionDay(
                    com.winccreports.definition.Definitions.load(home).site("demo"), java.time.LocalDate.of(2026, 11, 24)),
                    new RunOptions(List.of(), false, "golden", null));

            assertThat(outcome.status()).as(outcome.message()).isIn(RunOutcome.Status.COMPLETED,
                    RunOutcome.Status.COMPLETED_INCOMPLETE_DATA);
            actual = new ArrayList<>();
            actual.add("status " + outcome.status() + ", folder " + root.relativize(outcome.outputFolder()));
            actual.addAll(ReportExtraction.of(outcome.files().stream().sorted().toList()));
        }
        Path written = Path.of("target/golden").resolve(GOLDEN.getFileName());
        Files.createDirectories(written.getParent());
        Files.write(written, actual);
        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(GOLDEN.getParent());
            Files.write(GOLDEN, actual);
        }
        assertThat(GOLDEN).as("golden extraction (regenerate: -D%s=true)", UPDATE).exists();
        assertThat(actual).as("cells and text of the demo day against %s (this run: %s; diff them)", GOLDEN, written)
                .containsExactlyElementsOf(Files.readAllLines(GOLDEN));
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
