package com.winccreports.recordexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.job.HaltPoints;
import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import com.winccreports.job.publish.Publication;
import com.winccreports.job.publish.PublicationStore;
import com.winccreports.recordexport.staging.ExportStore;
import com.winccreports.shiftreport.CrashDrill;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An export whose JVM is halted ({@code Runtime.halt}, as {@code kill -9}) after a committed chunk of a read
 * partition, or after its files are written but before they are published, and then restarted, publishes files
 * identical to an uninterrupted run: CSV and XLSX byte for byte, the PDF's text with only the package id (a stamp
 * the manifest names) and the server's address (each test home has its own simulator) differing — and the values
 * staged are as many as the uninterrupted run staged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordExportRestartTests {

    static final String BATCH = RecordExportEndToEndTests.BATCH;

    Published baseline;

    /** What a run published, comparable across runs: file bytes (PDF: text without the package id), values staged. */
    record Published(Map<String, String> files, long valuesStaged, List<String> tree) {
    }

    @BeforeAll
    void uninterruptedRun(@TempDir Path root) {
        try (ExportTestHome home = new ExportTestHome(root); ConfigurableApplicationContext context = home.start()) {
            RunOutcome outcome = ExportTestHome.runs(context).run("batch-export", null,
                    RunOptions.defaults().withBatch(BATCH));
            assertThat(outcome.status()).as(outcome.message()).isEqualTo(RunOutcome.Status.COMPLETED);
            baseline = published(context, outcome);
        }
        assertThat(baseline.valuesStaged()).isGreaterThan(20_000);
    }

    @Test
    void haltedAfterTheFirstCommittedChunkOfAPartitionThenRestartedGivesTheSameFiles(@TempDir Path root)
            throws Exception {
        try (ExportTestHome home = new ExportTestHome(root)) {
            assertThat(runChild(home, HaltPoints.chunkCommitted("read-002", 1))).isEqualTo(137);

            assertThat(restartLatest(home)).isEqualTo(baseline);
        }
    }

    @Test
    void haltedWithItsFilesWrittenButNotPublishedThenRestartedGivesTheSameFiles(@TempDir Path root)
            throws Exception {
        try (ExportTestHome home = new ExportTestHome(root)) {
            assertThat(runChild(home, HaltPoints.RENDERED_TEMP_FILE)).isEqualTo(137);
            assertThat(home.home.output().resolve("batch-export").resolve("batch-" + BATCH).resolve("v1"))
                    .doesNotExist();

            assertThat(restartLatest(home)).isEqualTo(baseline);
        }
    }

    private Published restartLatest(ExportTestHome home) {
        try (ConfigurableApplicationContext context = home.start()) {
            RunOutcome outcome = CrashDrill.restartNewest(ExportTestHome.runs(context));

            assertThat(outcome.status()).as(outcome.message()).isEqualTo(RunOutcome.Status.COMPLETED);
            return published(context, outcome);
        }
    }

    private static Published published(ConfigurableApplicationContext context, RunOutcome outcome) {
        Publication publication = context.getBean(PublicationStore.class).byExecution(outcome.executionId())
                .orElseThrow();
        ExportStore store = context.getBean(ExportStore.class);
        String packageId = store.packageId(publication.instanceId()).orElseThrow();
        String server = context.getBean(com.winccreports.recordexport.read.ExportWincc.class).describe("embedded");
        Map<String, String> files = new TreeMap<>();
        try {
            for (String name : publication.files()) {
                Path file = publication.folder().resolve(name);
                files.put(name, name.endsWith(".pdf") ? pdfText(file).replace(packageId, "<package>")
                        .replace(server, "<each test home's simulator>")
                        : name.endsWith(".json") ? "(manifest: stamps differ)"
                        : java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(Files.readAllBytes(file))));
            }
            Path jobFolder = publication.folder().getParent().getParent();
            List<String> tree;
            try (var paths = Files.walk(jobFolder)) {
                tree = paths.map(p -> jobFolder.relativize(p).toString()).sorted().toList();
            }
            return new Published(files, store.valuesStaged(publication.instanceId()), tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pdfText(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static int runChild(ExportTestHome home, String haltAt) throws Exception {
        return CrashDrill.runChild(home.home.root().resolve("child.log"), haltAt, ExportCrashDrillMain.class,
                home.home.root().toString(), home.simulator.baseUri().toString(), BATCH);
    }
}
