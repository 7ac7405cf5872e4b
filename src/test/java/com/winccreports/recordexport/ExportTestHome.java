package com.winccreports.recordexport;

import com.winccreports.job.JobRunService;
import com.winccreports.shiftreport.JobTestHome;
import com.winccreports.simulator.SimulatorOptions;
import com.winccreports.simulator.SimulatorServer;
import com.winccreports.system.HomeFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A home folder for export tests: the repository's job folder (schemas, demo site), two small export jobs (a raw batch export
 * and an aligned export), and a simulator on an ephemeral loopback port as source {@code embedded} — with a high
 * answer cap, so a test can read a whole span of a tag in one plain HTTP request ({@link SimulatorValues}).
 */
final class ExportTestHome implements AutoCloseable {

    static final String BATCH_JOB = """
            kind: record-export
            description: Test batch export
            source: embedded
            site: demo
            lines: [L1, L2]
            tags:
              - {tag: "{line}.Temperature"}
              - {tag: "{line}.GoodCount"}
              - {tag: "{line}.MachineState"}
            userArchive:
              name: BatchRecords
              fields: {batchId: BatchId, line: Line, product: Product, start: StartTime, end: EndTime}
            alarms: {restFilter: AllAlarms}
            export: {shape: raw, formats: [csv, xlsx, pdf], batchMargin: PT5M}
            partitioning: {gridSize: 2, tagsPerGroup: 2, slice: PT1H, pagesPerChunk: 4}
            """;

    static final String ALIGNED_JOB = """
            kind: record-export
            source: embedded
            site: demo
            lines: [L1]
            tags:
              - {tag: "{line}.Temperature"}
              - {tag: "{line}.Vibration"}
              - {tag: "{line}.MachineState"}
            export: {shape: aligned, interval: PT5M, aggregates: [timeAverage, minimum, maximum, count],
                     formats: [csv, xlsx]}
            partitioning: {gridSize: 2, tagsPerGroup: 2, slice: PT30M, pagesPerChunk: 4}
            """;

    final HomeFolder home;
    final SimulatorServer simulator;

    ExportTestHome(Path root) {
        this(root, java.time.Clock.systemUTC());
    }

    /** With the simulator's "now" from {@code clock} (what it has archived, which batches are still running). */
    ExportTestHome(Path root, java.time.Clock clock) {
        this.home = new HomeFolder(root);
        JobTestHome.copy(Path.of("jobs"), home.jobs()); // the shipped jobs too; the two export jobs are replaced
        write(home.jobs().resolve("batch-export.yaml"), BATCH_JOB);
        write(home.jobs().resolve("aligned-export.yaml"), ALIGNED_JOB);
        write(home.config().resolve("wincc-password"), "demo\n");
        this.simulator = SimulatorServer.start(SimulatorOptions.defaults().withMaxValuesCap(5_000_000).withPort(0)
                .withBindAddress("127.0.0.1").withClock(clock));
    }

    ConfigurableApplicationContext start(Class<?>... configurations) {
        return JobTestHome.startFor(home.root(), simulator.baseUri().toString(), Map.of(), configurations);
    }

    /** Adds (or replaces) job {@code name}. */
    void job(String name, String yaml) {
        write(home.jobs().resolve(name + ".yaml"), yaml);
    }

    static JobRunService runs(ConfigurableApplicationContext context) {
        return context.getBean(JobRunService.class);
    }

    SimulatorValues values() {
        return new SimulatorValues(simulator.baseUri().toString());
    }

    @Override
    public void close() {
        simulator.close();
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
