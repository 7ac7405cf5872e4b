package com.winccreports.shiftreport;

import com.winccreports.WinccReportsApplication;
import com.winccreports.shiftreport.publish.ReportRenderer;
import com.winccreports.simulator.SimulatorOptions;
import com.winccreports.simulator.SimulatorServer;
import com.winccreports.system.HomeFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A home folder for job tests: the repository's schemas and demo site, a test job with few tags, a simulator
 * on an ephemeral loopback port as source {@code embedded}, and a context started the way the CLI starts it
 * (plus a text renderer).
 */
public final class JobTestHome implements AutoCloseable {

    public static final String SMALL_JOB = """
            kind: shift-report
            source: embedded
            site: demo
            lines: [L1]
            tags:
              - {tag: "{line}.Temperature", aggregates: [timeAverage, minimum, maximum]}
              - {tag: "{line}.GoodCount", aggregates: [counterTotal]}
              - {tag: "{line}.ScrapCount", aggregates: [counterTotal]}
              - {tag: "{line}.MachineState", aggregates: [timeInState]}
            kpis:
              elements:
                actualProductionTime: {tag: "{line}.MachineState", aggregate: timeInState, state: 1}
                goodQuantity: {tag: "{line}.GoodCount", aggregate: counterTotal}
                scrapQuantity: {tag: "{line}.ScrapCount", aggregate: counterTotal}
            report: {formats: [xlsx, pdf]}
            partitioning: {gridSize: 2, tagsPerGroup: 2, slice: PT1H, pagesPerChunk: 2}
            """;

    final HomeFolder home;
    final SimulatorServer simulator;

    JobTestHome(Path root, String jobYaml, SimulatorOptions options) {
        this(root, jobYaml, options, Map.of());
    }

    /** A home with more sites beside the repository's: site name → its YAML (for plants other than the demo). */
    JobTestHome(Path root, String jobYaml, SimulatorOptions options, Map<String, String> sites) {
        this.home = new HomeFolder(root);
        copy(Path.of("jobs/schema"), home.jobs().resolve("schema"));
        copy(Path.of("jobs/sites"), home.jobs().resolve("sites"));
        sites.forEach((name, yaml) -> write(home.jobs().resolve("sites").resolve(name + ".yaml"), yaml));
        write(home.jobs().resolve("shift-report.yaml"), jobYaml);
        write(home.config().resolve("wincc-password"), "demo\n");
        this.simulator = SimulatorServer.start(options.withPort(0).withBindAddress("127.0.0.1"));
    }

    /** Properties of a run against this home: file H2 in {@code data/}, the simulator as {@code embedded}. */
    Map<String, Object> properties() {
        return properties(home, simulator.baseUri().toString());
    }

    static Map<String, Object> properties(HomeFolder home, String simulatorUri) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("wincc-reports.home", home.root().toString());
        properties.put("wincc-reports.sources.embedded.url", simulatorUri);
        properties.put("wincc-reports.sources.embedded.user", "demo");
        properties.put("wincc-reports.sources.embedded.password-file", home.config().resolve("wincc-password").toString());
        properties.put("wincc-reports.sources.embedded.page-size", 1000);
        properties.put("wincc-reports.sources.embedded.max-requests-per-second", 5000);
        properties.put("wincc-reports.sources.embedded.max-concurrent-requests", 8);
        properties.putAll(TestDatabase.datasource(home));
        properties.put("logging.level.com.winccreports", "WARN");
        return properties;
    }

    ConfigurableApplicationContext start(Map<String, Object> extra, Class<?>... configurations) {
        return startFor(home.root(), simulator.baseUri().toString(), extra, configurations);
    }

    /** A context as {@link #start} makes it, but rendering real Excel and PDF files (the product's renderers). */
    ConfigurableApplicationContext startRendering(Map<String, Object> extra) {
        if (!java.nio.file.Files.isDirectory(home.root().resolve("report-templates"))) {
            copy(Path.of("report-templates"), home.root().resolve("report-templates"));
        }
        Map<String, Object> properties = new LinkedHashMap<>(properties());
        properties.putAll(extra);
        return new SpringApplicationBuilder(WinccReportsApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).properties(properties)
                .run(TestDatabase.overridingArguments(properties));
    }

    /** A context for {@code root} (a prepared home) reading the simulator at {@code simulatorUri}. */
    static ConfigurableApplicationContext startFor(Path root, String simulatorUri, Map<String, Object> extra,
            Class<?>... configurations) {
        Map<String, Object> properties = new LinkedHashMap<>(properties(new HomeFolder(root), simulatorUri));
        properties.putAll(extra);
        Class<?>[] sources = new Class<?>[configurations.length + 2];
        sources[0] = WinccReportsApplication.class;
        sources[1] = TestRendering.class;
        System.arraycopy(configurations, 0, sources, 2, configurations.length);
        return new SpringApplicationBuilder(sources)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).properties(properties)
                .run(TestDatabase.overridingArguments(properties));
    }

    @Override
    public void close() {
        simulator.close();
    }

    /**
     * The text renderer in place of Excel and PDF, for contexts that name this class as a source. Deliberately
     * not a {@code @Configuration}: component scanning must not put it into every context with the test
     * classes on the class path (a benchmark or service test would silently publish text files).
     */
    public static class TestRendering {
        @Bean
        @org.springframework.context.annotation.Primary
        public ReportRenderer textReportRenderer() {
            return new TextReportRenderer();
        }
    }

    /** Copies a folder tree (job schemas, sites, templates) into a test home. */
    public static void copy(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a folder tree (a temporary home folder). */
    static void delete(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + root, e);
        }
    }
}
