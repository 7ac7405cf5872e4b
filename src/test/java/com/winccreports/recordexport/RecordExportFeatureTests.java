package com.winccreports.recordexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import com.winccreports.job.RunProgress;
import com.winccreports.job.publish.VersionPublisher;
import com.winccreports.period.ReportPeriod;
import com.winccreports.publication.PackageManifest;
import com.winccreports.schedule.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;

/**
 * The export's other ways of choosing what and when, over real HTTP against the simulator, each checked against a
 * plain HTTP read of the simulator: one file set per batch of a product in a period ({@code sections: batch}),
 * wildcard tags resolved through the archive's variable list, an alarm list cut at its limit (said in the summary
 * and the manifest, never silently), and a batch still running (a preliminary export, then the final v1 once it
 * has ended). The plant's clock and the product's are one movable clock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordExportFeatureTests {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-26T00:00:00Z"));
    private static final Instant DAY = Instant.parse("2026-11-24T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-26T00:00:00Z");

    /** The product's clock: the one the plant runs on. */
    static class PlantClock {
        @Bean
        @Primary
        Clock plantClock() {
            return CLOCK;
        }
    }

    ExportTestHome home;
    ConfigurableApplicationContext context;

    @BeforeAll
    void start(@TempDir Path root) {
        home = new ExportTestHome(root, CLOCK);
        home.job("product-export", """
                kind: record-export
                source: embedded
                site: demo
                lines: [L1, L2]
                tags: [{tag: "{line}.Temperature"}]
                userArchive:
                  name: BatchRecords
                  fields: {batchId: BatchId, line: Line, product: Product, start: StartTime, end: EndTime}
                export:
                  formats: [csv]
                  batchMargin: PT1M
                  sections: batch
                  records: {filter: [{field: Product, op: "=", value: "%s"}]}
                partitioning: {gridSize: 2, tagsPerGroup: 1, slice: PT2H, pagesPerChunk: 4}
                """.formatted(product()));
        home.job("wildcard-export", """
                kind: record-export
                source: embedded
                site: demo
                lines: [L1]
                tags: [{tag: "{line}.Temp*", archive: PVArchive}, {tag: "L?.GoodCount", archive: PVArchive}]
                export: {formats: [csv, xlsx]}
                """);
        home.job("alarm-export", """
                kind: record-export
                source: embedded
                site: demo
                lines: [L1]
                tags: [{tag: "{line}.MachineState"}]
                alarms: {restFilter: AllAlarms}
                export: {formats: [csv, pdf], maxAlarms: 3}
                """);
        home.job("line-alarm-export", """
                kind: record-export
                source: embedded
                site: demo
                lines: [L1, L2]
                tags: [{tag: "{line}.MachineState"}]
                userArchive:
                  name: BatchRecords
                  fields: {batchId: BatchId, line: Line, product: Product, start: StartTime, end: EndTime}
                alarms: {restFilter: "{line}"}
                export: {formats: [csv], batchMargin: PT5M}
                """);
        context = home.start(PlantClock.class);
    }

    @AfterAll
    void close() {
        context.close();
        home.close();
    }

    @Test
    void sectionsPerBatchWriteOneFileSetForEveryBatchOfTheProductInThePeriod() throws IOException {
        CLOCK.set(LATER);
        Instant to = DAY.plus(Duration.ofDays(1));
        Set<String> expected = batches().stream().filter(b -> b.get("Product").asString().equals(product()))
                .filter(b -> Instant.parse(b.get("StartTime").asString()).isBefore(to)
                        && Instant.parse(b.get("EndTime").asString()).isAfter(DAY))
                .map(b -> b.get("BatchId").asString()).collect(Collectors.toCollection(TreeSet::new));

        RunOutcome outcome = ExportTestHome.runs(context).run("product-export", ReportPeriod.between(DAY, to),
                RunOptions.defaults());

        assertThat(outcome.status().exitCode()).as(outcome.message()).isIn(0, 2);
        assertThat(expected).as("the demo plant makes the product more than once that day").hasSizeGreaterThan(1);
        Set<String> sections = new TreeSet<>();
        try (Stream<Path> files = Files.list(outcome.outputFolder())) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("_records.csv"))
                    .forEach(n -> sections.add(n.substring("product-export_batch-".length(), n.indexOf("_v1"))));
        }
        assertThat(sections).containsExactlyElementsOf(expected);
        for (String batch : expected) {
            JsonNode record = batches().stream().filter(b -> b.get("BatchId").asString().equals(batch)).findFirst()
                    .orElseThrow();
            Instant from = Instant.parse(record.get("StartTime").asString()).minus(Duration.ofMinutes(1));
            Instant end = Instant.parse(record.get("EndTime").asString()).plus(Duration.ofMinutes(1));
            String line = record.get("Line").asString();
            List<List<String>> csv = Rfc4180.read(outcome.outputFolder().resolve("product-export_batch-" + batch
                    + "_v1.csv"));
            assertThat(csv.subList(1, csv.size())).as(batch + ": only its line's tag")
                    .allSatisfy(row -> assertThat(row.get(2)).isEqualTo(line + ".Temperature"));
            assertThat(csv).as(batch + ": every value of its span, margin included")
                    .hasSize(home.values().read("PVArchive", line + ".Temperature", from, end).size() + 1);
            List<List<String>> records = Rfc4180.read(outcome.outputFolder().resolve("product-export_batch-" + batch
                    + "_v1_records.csv"));
            assertThat(records.get(0)).contains("BatchId", "Product");
            assertThat(records.subList(1, records.size())).as(batch + ": its record, of the product")
                    .anySatisfy(row -> assertThat(row).contains(batch, product()));
        }
    }

    @Test
    void wildcardsAreResolvedThroughTheArchivesVariableList() throws IOException {
        CLOCK.set(LATER);
        List<String> variables = home.values().items("/tagLogging/Archive/PVArchive/Variables").stream()
                .map(v -> v.get("variableName").asString()).toList();
        Set<String> expected = variables.stream()
                .filter(n -> n.matches("L1\\.Temp.*") || n.matches("L.\\.GoodCount"))
                .collect(Collectors.toCollection(TreeSet::new));
        Instant from = DAY.plus(Duration.ofHours(8));
        Instant to = from.plus(Duration.ofMinutes(10));

        RunOutcome outcome = ExportTestHome.runs(context).run("wildcard-export", ReportPeriod.between(from, to),
                RunOptions.defaults());

        assertThat(outcome.status().exitCode()).as(outcome.message()).isIn(0, 2);
        assertThat(expected).as("more than one name per pattern").contains("L1.Temperature", "L1.GoodCount",
                "L2.GoodCount").hasSizeGreaterThan(3);
        List<List<String>> csv = Rfc4180.read(outcome.outputFolder().resolve("wildcard-export_"
                + ReportPeriod.between(from, to).label() + "_v1.csv"));
        Set<String> resolved = new TreeSet<>();
        try (var in = Files.newInputStream(outcome.outputFolder().resolve("wildcard-export_"
                + ReportPeriod.between(from, to).label() + "_v1.xlsx")); var book = new XSSFWorkbook(in)) {
            var tags = book.getSheet("Tags");
            for (int r = 1; r <= tags.getLastRowNum(); r++) {
                resolved.add(tags.getRow(r).getCell(0).getStringCellValue());
            }
        }
        assertThat(resolved).as("the Tags sheet: what the wildcards resolved to").containsExactlyElementsOf(expected);
        assertThat(csv.subList(1, csv.size())).allSatisfy(row -> assertThat(expected).contains(row.get(2)));
        for (String tag : expected) {
            assertThat(csv.stream().filter(row -> row.get(2).equals(tag)).count()).as(tag)
                    .isEqualTo(home.values().read("PVArchive", tag, from, to).size());
        }
        PackageManifest manifest = VersionPublisher.readManifest(outcome.outputFolder());
        assertThat(manifest.source().archives()).contains("PVArchive");
    }

    @Test
    void anAlarmListCutAtItsLimitIsSaidInTheSummaryAndTheManifest() throws IOException {
        CLOCK.set(LATER);
        Instant from = DAY.plus(Duration.ofHours(6));
        Instant to = from.plus(Duration.ofHours(12));
        JsonNode all = home.values().get("/alarmLogging/LongTermArchive/AllAlarms?maxValues=100000&timeFrom=" + from
                + "&timeTo=" + to);

        RunOutcome outcome = ExportTestHome.runs(context).run("alarm-export", ReportPeriod.between(from, to),
                RunOptions.defaults());

        assertThat(all.size()).as("the span holds more alarms than the limit").isGreaterThan(3);
        assertThat(outcome.status()).as(outcome.message()).isEqualTo(RunOutcome.Status.COMPLETED_INCOMPLETE_DATA);
        String base = "alarm-export_" + ReportPeriod.between(from, to).label() + "_v1";
        assertThat(Rfc4180.read(outcome.outputFolder().resolve(base + "_alarms.csv"))).hasSize(3 + 1);
        PackageManifest manifest = VersionPublisher.readManifest(outcome.outputFolder());
        assertThat(manifest.data().incomplete()).isTrue();
        assertThat(manifest.data().notes()).singleElement().asString().contains("cut at 3 alarms")
                .contains("export.maxAlarms");
        assertThat(manifest.parameters()).containsEntry("export.maxAlarms", "3");
        assertThat(pdfText(outcome.outputFolder().resolve(base + ".pdf"))).contains("cut at 3 alarms");
    }

    @Test
    void aBatchListsItsOwnLinesAlarmsAndAPeriodEveryLinesInTimeOrder() throws IOException {
        CLOCK.set(LATER);

        RunOutcome batch = ExportTestHome.runs(context).run("line-alarm-export", null,
                RunOptions.defaults().withBatch("L1-20261124-02"));

        assertThat(batch.status().exitCode()).as(batch.message()).isIn(0, 2);
        PackageManifest manifest = VersionPublisher.readManifest(batch.outputFolder());
        Instant from = manifest.period().from();
        Instant to = manifest.period().to();
        List<String> l1 = alarms("L1", from, to);
        List<String> l2 = alarms("L2", from, to);
        assertThat(l2).as("the other line had alarms during the batch").isNotEmpty();
        assertThat(alarmsCsv(batch.outputFolder().resolve("line-alarm-export_batch-L1-20261124-02_v1_alarms.csv")))
                .isNotEmpty().containsExactlyElementsOf(l1);
        assertThat(manifest.source().archives()).contains("LongTermArchive/L1")
                .doesNotContain("LongTermArchive/L2", "LongTermArchive/{line}");
        assertThat(manifest.subject().lines()).as("the lines the package holds").containsExactly("L1");

        RunOutcome otherLine = ExportTestHome.runs(context).run("line-alarm-export", null,
                new RunOptions(List.of("L2"), false, "test", null).withBatch("L1-20261124-02"));
        assertThat(otherLine.status()).isEqualTo(RunOutcome.Status.REFUSED);
        assertThat(otherLine.message()).contains("ran on line L1, not on L2");

        RunOutcome period = ExportTestHome.runs(context).run("line-alarm-export", ReportPeriod.between(from, to),
                RunOptions.defaults());

        assertThat(period.status().exitCode()).as(period.message()).isIn(0, 2);
        List<String> both = alarmsCsv(period.outputFolder().resolve("line-alarm-export_"
                + ReportPeriod.between(from, to).label() + "_v1_alarms.csv"));
        List<String> expected = new java.util.ArrayList<>(l1);
        expected.addAll(l2);
        assertThat(both).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(VersionPublisher.readManifest(period.outputFolder()).subject().lines()).containsExactly("L1", "L2");
        assertThat(both).as("in time order").isSortedAccordingTo(java.util.Comparator.comparing(
                (String alarm) -> Instant.parse(alarm.substring(0, alarm.indexOf(' ')))));
    }

    @Test
    void progressNamesTheExecutionAndTheStepThatReadsTheValues() {
        CLOCK.set(LATER);
        List<String> steps = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.Map<String, Long> valuesIn = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicLong execution = new java.util.concurrent.atomic.AtomicLong();
        RunProgress progress = new RunProgress() {
            @Override
            public void executionStarted(long executionId) {
                execution.set(executionId);
            }

            @Override
            public void stepStarted(String name) {
                steps.add(name);
            }

            @Override
            public void valuesRead(long count) {
                valuesIn.merge(steps.isEmpty() ? "-" : steps.get(steps.size() - 1), count, Long::sum);
            }
        };

        RunOutcome outcome = ExportTestHome.runs(context).run("alarm-export", ReportPeriod.between(DAY,
                DAY.plus(Duration.ofHours(2))), new RunOptions(List.of(), false, "test", progress));

        assertThat(outcome.status().exitCode()).as(outcome.message()).isIn(0, 2);
        assertThat(execution.get()).as("the execution's id, which the command line prints").isEqualTo(
                outcome.executionId());
        assertThat(steps).containsExactly("prepare", "read", "publish");
        assertThat(valuesIn).containsOnlyKeys("read").allSatisfy((step, count) -> assertThat(count).isPositive());
    }

    /** "time msgNo state" of the alarms the simulator's filter holds in {@code [from, to)}, as it sends them. */
    private List<String> alarms(String filter, Instant from, Instant to) {
        List<String> alarms = new java.util.ArrayList<>();
        home.values().get("/alarmLogging/LongTermArchive/" + filter + "?maxValues=100000&timeFrom=" + from
                + "&timeTo=" + to).forEach(a -> alarms.add(Instant.parse(a.get("timestamp").asString()) + " "
                        + a.get("msgNo").asLong() + " " + a.get("state").asLong()));
        return alarms;
    }

    /** "time msgNo state" of every row of an export's alarm CSV. */
    private static List<String> alarmsCsv(Path csv) throws IOException {
        List<List<String>> rows = Rfc4180.read(csv);
        assertThat(rows.get(0)).startsWith("time_utc", "time_local", "msgNo", "state");
        return rows.subList(1, rows.size()).stream().map(r -> Instant.parse(r.get(0)) + " " + r.get(2) + " " + r.get(3))
                .toList();
    }

    @Test
    void aBatchStillRunningIsExportedAsPreliminaryAndFinallyAsV1OnceItHasEnded() throws IOException {
        CLOCK.set(LATER);
        JsonNode record = batches().stream().filter(b -> b.get("BatchId").asString().equals("L2-20261124-02"))
                .findFirst().orElseThrow();
        Instant start = Instant.parse(record.get("StartTime").asString());
        Instant end = Instant.parse(record.get("EndTime").asString());
        Instant middle = start.plus(Duration.between(start, end).dividedBy(2)).plusMillis(250);
        CLOCK.set(middle);
        assertThat(batches().stream().filter(b -> b.get("BatchId").asString().equals("L2-20261124-02")).findFirst()
                .orElseThrow().get("EndTime").isNull()).as("the plant says: still running").isTrue();

        RunOutcome running = ExportTestHome.runs(context).run("batch-export", null,
                RunOptions.defaults().withBatch("L2-20261124-02"));

        assertThat(running.status()).as(running.message()).isEqualTo(RunOutcome.Status.COMPLETED_INCOMPLETE_DATA);
        assertThat(running.outputFolder()).endsWith(Path.of("batch-L2-20261124-02", "preliminary"));
        PackageManifest preliminary = VersionPublisher.readManifest(running.outputFolder());
        assertThat(preliminary.subject().preliminary()).isTrue();
        assertThat(preliminary.period().to()).isEqualTo(middle.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(preliminary.data().incomplete()).isTrue();
        assertThat(preliminary.data().notes()).anySatisfy(n -> assertThat(n).contains("still running"));
        List<List<String>> csv = Rfc4180.read(running.outputFolder().resolve(
                "batch-export_batch-L2-20261124-02_preliminary.csv"));
        assertThat(csv.subList(1, csv.size())).as("nothing after the moment asked for")
                .allSatisfy(row -> assertThat(Instant.parse(row.get(0))).isBefore(preliminary.period().to()));
        assertThat(pdfText(running.outputFolder().resolve("batch-export_batch-L2-20261124-02_preliminary.pdf")))
                .contains("Preliminary: batch L2-20261124-02 was still running");

        CLOCK.set(end.plus(Duration.ofHours(1)));
        RunOutcome ended = ExportTestHome.runs(context).run("batch-export", null,
                RunOptions.defaults().withBatch("L2-20261124-02"));

        assertThat(ended.status().exitCode()).as(ended.message()).isIn(0, 2);
        assertThat(ended.outputFolder()).endsWith(Path.of("batch-L2-20261124-02", "v1"));
        PackageManifest last = VersionPublisher.readManifest(ended.outputFolder());
        assertThat(last.subject().preliminary()).isFalse();
        assertThat(last.period().to()).isEqualTo(end.plus(Duration.ofMinutes(5)));
        assertThat(last.data().notes()).noneSatisfy(n -> assertThat(n).contains("still running"));
    }

    private String product() {
        return "Widget A";
    }

    private List<JsonNode> batches() {
        String days = "StartTime >= '2026-11-23T00:00:00Z' AND StartTime < '2026-11-26T00:00:00Z'";
        return home.values().items("/userArchive/Archive/BatchRecords/Records?orderBy=StartTime&filter="
                + java.net.URLEncoder.encode(days, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replace("\u00a0", " ").replaceAll("\\s+", " ");
        }
    }
}
