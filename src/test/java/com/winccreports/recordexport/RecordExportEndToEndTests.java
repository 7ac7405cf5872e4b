package com.winccreports.recordexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import com.winccreports.job.publish.Publication;
import com.winccreports.job.publish.PublicationStore;
import com.winccreports.job.publish.VersionPublisher;
import com.winccreports.publication.PackageFile;
import com.winccreports.publication.PackageLayout;
import com.winccreports.publication.PackageManifest;
import com.winccreports.publication.PackageVerifier;
import com.winccreports.publication.Verification;
import com.winccreports.recordexport.staging.ExportStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A raw export of a demo batch run over real HTTP against the embedded simulator, read back from its files (CSV by
 * a strict RFC 4180 reader, XLSX by POI, PDF by PDFBox) and checked value by value against the simulator's archive
 * read independently; batches asked for by record ID and unknown batches.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordExportEndToEndTests {

    static final String BATCH = "L1-20261124-02";
    static final List<String> TAGS = List.of("L1.Temperature", "L1.GoodCount", "L1.MachineState");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    ExportTestHome home;
    ConfigurableApplicationContext context;
    RunOutcome outcome;
    Publication publication;

    @BeforeAll
    void exportTheBatch(@TempDir Path root) {
        home = new ExportTestHome(root);
        context = home.start();
        outcome = ExportTestHome.runs(context).run("batch-export", null, RunOptions.defaults().withBatch(BATCH));
        publication = context.getBean(PublicationStore.class).byExecution(outcome.executionId()).orElseThrow();
    }

    @AfterAll
    void close() {
        context.close();
        home.close();
    }

    @Test
    void theRawCsvOfABatchHoldsExactlyTheSimulatorsArchiveValuesOfItsSpan() {
        assertThat(outcome.status()).as(outcome.message()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(outcome.outputFolder()).endsWith(Path.of("batch-export", "batch-" + BATCH, "v1"));
        Instant[] span = span();
        List<List<String>> csv = Rfc4180.read(file(".csv"));
        assertThat(csv.get(0)).containsExactly("time_utc", "time_local", "tag", "value", "unit", "quality",
                "quality_class", "flags");
        Map<String, List<List<String>>> byTag = new LinkedHashMap<>();
        csv.subList(1, csv.size()).forEach(row -> byTag.computeIfAbsent(row.get(2), t -> new ArrayList<>()).add(row));

        assertThat(byTag.keySet()).as("only the batch's line").containsExactlyInAnyOrderElementsOf(TAGS);
        for (String tag : TAGS) {
            List<SimulatorValues.Value> expected = home.values().read("PVArchive", tag, span[0], span[1]);
            List<List<String>> rows = byTag.get(tag);
            assertThat(rows).as(tag).hasSameSizeAs(expected);
            for (int i = 0; i < rows.size(); i++) {
                SimulatorValues.Value value = expected.get(i);
                List<String> row = rows.get(i);
                assertThat(Instant.parse(row.get(0))).isEqualTo(value.time());
                assertThat(row.get(1)).isEqualTo(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx")
                        .format(value.time().atZone(BERLIN)));
                assertThat(Double.parseDouble(row.get(3))).as(tag + " at " + row.get(0)).isEqualTo(value.value());
                assertThat(Integer.parseInt(row.get(5))).isEqualTo(value.quality());
            }
        }
        for (int i = 2; i < csv.size(); i++) {
            assertThat(csv.get(i).get(0)).as("time order").isGreaterThanOrEqualTo(csv.get(i - 1).get(0));
        }
    }

    @Test
    void theWorkbookHoldsTheSameRowsAsNumbersUnderAFrozenHeader() throws Exception {
        List<List<String>> csv = Rfc4180.read(file(".csv"));
        // from a stream: a workbook opened on its file is written back when closed, changing the sealed file
        try (var in = Files.newInputStream(file(".xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet values = book.getSheet("Values");
            assertThat(values.getPaneInformation().isFreezePane()).isTrue();
            assertThat(values.getLastRowNum()).isEqualTo(csv.size() - 1);
            for (int r = 1; r < csv.size(); r++) {
                Row row = values.getRow(r);
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(csv.get(r).get(2));
                assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(Double.parseDouble(csv.get(r).get(3)));
                assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(Double.parseDouble(csv.get(r).get(5)));
            }
            assertThat(book.getSheet("Records").getRow(1).getCell(1).getStringCellValue()).isEqualTo(BATCH);
            assertThat(book.getSheet("Tags").getRow(1).getCell(2).getStringCellValue()).isEqualTo("°C");
        }
    }

    @Test
    void theSummaryNamesThePackageOnEveryPageAndCountsEveryValue() throws Exception {
        String packageId = context.getBean(ExportStore.class).packageId(publication.instanceId()).orElseThrow();
        List<List<String>> csv = Rfc4180.read(file(".csv"));
        try (PDDocument pdf = Loader.loadPDF(file(".pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(pdf)).as("page " + page).contains(packageId);
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pdf.getNumberOfPages());
            String text = stripper.getText(pdf).replace("\u00a0", " ");
            assertThat(text).contains(BATCH).contains("L1.Temperature");
            long temperatures = csv.stream().filter(r -> r.get(2).equals("L1.Temperature")).count();
            assertThat(text.lines().filter(l -> l.startsWith("L1.Temperature °C ")))
                    .as("the statistics row of L1.Temperature").singleElement().asString()
                    .startsWith("L1.Temperature °C " + temperatures + " " + temperatures + " 100 %");
        }
    }

    @Test
    void aBatchAskedForByItsRecordIdIsTheSameBatch() {
        String recordId = Rfc4180.read(file("_records.csv")).get(1).get(0);

        RunOutcome again = ExportTestHome.runs(context).run("batch-export", null,
                RunOptions.defaults().withBatch(recordId));

        assertThat(again.status()).isEqualTo(RunOutcome.Status.REFUSED);
        assertThat(again.message()).contains("batch-" + BATCH).contains("--reissue");
    }

    @Test
    void anUnknownBatchIsRefusedNamingItAndTheArchive() {
        RunOutcome refused = ExportTestHome.runs(context).run("batch-export", null,
                RunOptions.defaults().withBatch("L9-19990101-01"));

        assertThat(refused.status()).isEqualTo(RunOutcome.Status.REFUSED);
        assertThat(refused.status().exitCode()).isEqualTo(4);
        assertThat(refused.message()).contains("L9-19990101-01").contains("BatchRecords");
    }

    @Test
    void theExportIsASignedPackageThatVerifiesWithItsParametersPeriodAndRowCounts() {
        PackageManifest manifest = VersionPublisher.readManifest(publication.folder());
        String packageId = context.getBean(ExportStore.class).packageId(publication.instanceId()).orElseThrow();
        Instant[] span = span();

        Verification folder = new PackageVerifier(List.of()).verify(publication.folder());
        Verification zip = new PackageVerifier(List.of()).verify(PackageLayout.zipBeside(publication.folder()));

        assertThat(folder.failures()).isEmpty();
        assertThat(folder.passed()).isTrue();
        assertThat(zip.failures()).isEmpty();
        assertThat(zip.passed()).isTrue();
        assertThat(manifest.kind()).isEqualTo("record-export");
        assertThat(manifest.packageId()).as("the id the summary prints").isEqualTo(packageId);
        assertThat(manifest.period().from()).isEqualTo(span[0]);
        assertThat(manifest.period().to()).isEqualTo(span[1]);
        assertThat(manifest.period().fromLocal()).endsWith("+01:00");
        assertThat(manifest.parameters()).containsEntry("batch", BATCH).containsEntry("export.shape", "raw")
                .containsEntry("export.batchMargin", "PT5M");
        assertThat(manifest.requestedBy().user()).isEqualTo(System.getProperty("user.name"));
        assertThat(manifest.source().archives()).contains("PVArchive", "BatchRecords");
        PackageFile csv = manifest.files().stream().filter(f -> f.path().endsWith("_v1.csv")).findFirst()
                .orElseThrow();
        assertThat(csv.rows()).extracting(PackageFile.RowCount::rows).containsExactly(
                (long) Rfc4180.read(file(".csv")).size());
    }

    @Test
    void aChangedByteARemovedFileAndAnotherKeysSignatureAreEachFoundAndNamed(@TempDir Path copies) throws Exception {
        Path changed = copy(copies.resolve("changed"));
        Path csv = changed.resolve("batch-export_batch-" + BATCH + "_v1.csv");
        byte[] bytes = Files.readAllBytes(csv);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(csv, bytes);
        Path removed = copy(copies.resolve("removed"));
        Files.delete(removed.resolve("batch-export_batch-" + BATCH + "_v1.pdf"));
        Path resigned = copy(copies.resolve("resigned"));
        var otherKey = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var signer = java.security.Signature.getInstance("Ed25519");
        signer.initSign(otherKey.getPrivate());
        signer.update(Files.readAllBytes(resigned.resolve(PackageLayout.MANIFEST)));
        Files.write(resigned.resolve(PackageLayout.SIGNATURE), signer.sign());

        Verification byte1 = new PackageVerifier(List.of()).verify(changed);
        Verification gone = new PackageVerifier(List.of()).verify(removed);
        Verification other = new PackageVerifier(List.of()).verify(resigned);

        assertThat(byte1.problems()).contains(Verification.Problem.FILE_CHANGED);
        assertThat(byte1.failures()).anySatisfy(f -> assertThat(f.subject()).endsWith("_v1.csv"));
        assertThat(gone.problems()).containsExactly(Verification.Problem.FILE_MISSING);
        assertThat(gone.failures().get(0).subject()).endsWith("_v1.pdf");
        assertThat(other.passed()).isFalse();
        assertThat(other.problems()).containsExactly(Verification.Problem.SIGNATURE_INVALID);
    }

    private Path copy(Path target) throws java.io.IOException {
        Files.createDirectories(target);
        try (var files = Files.list(publication.folder())) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    /** The batch's span with the job's 5-minute margin, from the batch record the export carries. */
    private Instant[] span() {
        List<List<String>> records = Rfc4180.read(file("_records.csv"));
        List<String> header = records.get(0);
        List<String> record = records.get(1);
        assertThat(record.get(header.indexOf("BatchId"))).isEqualTo(BATCH);
        return new Instant[] {Instant.parse(record.get(header.indexOf("StartTime"))).minusSeconds(300),
            Instant.parse(record.get(header.indexOf("EndTime"))).plusSeconds(300)};
    }

    private Path file(String suffix) {
        Path file = publication.folder().resolve("batch-export_batch-" + BATCH + "_v1" + suffix);
        assertThat(file).exists();
        return file;
    }
}
