package com.winccreports.shiftreport.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.definition.ReportSection;
import com.winccreports.definition.ReportSection.ReportFormat;
import com.winccreports.shiftreport.JobTestHome;
import com.winccreports.system.HomeFolder;
import com.winccreports.system.InputLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's templates are checked before a run reads anything: present, readable, bounded, placeholders known. */
class TemplatePreflightTest {

    private static final String TEMPLATE = "report-templates/shift-report.xlsx";
    private static final String LAYOUT = "report-templates/shift-report.pdf-layout.yaml";
    private static final Set<String> SHIFTS = Set.of("Early", "Late", "Night");

    @TempDir
    Path root;

    private TemplatePreflight preflight;

    @BeforeEach
    void home() {
        JobTestHome.copy(Path.of("report-templates"), root.resolve("report-templates"));
        preflight = new TemplatePreflight(new HomeFolder(root));
    }

    @Test
    void theShippedTemplatesPass() {
        TemplatePreflight.Result result = preflight.check("job", section(TEMPLATE, LAYOUT), SHIFTS);

        assertThat(result.errors()).isEmpty();
    }

    @Test
    void aMissingTemplateIsAnErrorNotASilentFallback() {
        TemplatePreflight.Result result = preflight.check("job", section("report-templates/gone.xlsx", LAYOUT), SHIFTS);

        assertThat(result.errors()).singleElement().asString().contains("jobs/job.yaml: report.template")
                .contains("gone.xlsx does not exist");
    }

    @Test
    void noTemplateNamedIsAnErrorAndTheBuiltInOneOnlyWhenTheJobSaysSo() {
        assertThat(preflight.check("job", section(null, LAYOUT), SHIFTS).errors()).singleElement().asString()
                .contains("report.template: no Excel template named").contains("template: builtin");
        assertThat(preflight.check("job", section(TemplatePreflight.BUILTIN, LAYOUT), SHIFTS).errors()).isEmpty();
        assertThat(preflight.check("job", new ReportSection(null, null, List.of(ReportFormat.PDF), "en"), SHIFTS)
                .errors()).singleElement().asString().contains("report.layout: no PDF layout named");
    }

    @Test
    void aCorruptTemplateIsAnError() throws IOException {
        Files.write(root.resolve("report-templates/broken.xlsx"), "PK\u0003\u0004 not really a workbook".getBytes());

        TemplatePreflight.Result result = preflight.check("job", section("report-templates/broken.xlsx", LAYOUT), SHIFTS);

        assertThat(result.errors()).singleElement().asString().contains("broken.xlsx")
                .contains("cannot read the workbook");
    }

    @Test
    void aTemplateOutsideTheHomeFolderIsRefused() {
        TemplatePreflight.Result result = preflight.check("job", section("../elsewhere/t.xlsx", LAYOUT), SHIFTS);

        assertThat(result.errors()).singleElement().asString().contains("is not a path inside the home folder");
    }

    @Test
    void aTemplateLargerThanTheLimitIsNotOpened() throws IOException {
        Path big = root.resolve("report-templates/big.xlsx");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(InputLimits.MAX_TEMPLATE_BYTES + 1);   // sparse: no 20 MB written
        }

        assertThat(preflight.check("job", section("report-templates/big.xlsx", LAYOUT), SHIFTS).errors())
                .singleElement().asString().contains("big.xlsx is 20 MB, more than the 20 MB a template may have");
    }

    @Test
    void aZipBombIsRefusedByPoisLimits() throws IOException {
        Path bomb = root.resolve("report-templates/bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            writeZeros(zip, 50L * 1024 * 1024);
        }
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);

        TemplatePreflight.Result result = preflight.check("job", section("report-templates/bomb.xlsx", LAYOUT), SHIFTS);

        assertThat(result.errors()).singleElement().asString().contains("bomb.xlsx").contains("Zip bomb detected");
    }

    @Test
    void anUnknownPlaceholderIsAnErrorAnUnknownKpiAWarning() throws IOException {
        Path layout = root.resolve("report-templates/odd.pdf-layout.yaml");
        Files.writeString(layout, Files.readString(root.resolve(LAYOUT))
                .replace("  - type: alarms\n", "  - type: alarms\n  - type: horoscope\n"));

        TemplatePreflight.Result result = preflight.check("job", section(TEMPLATE,
                "report-templates/odd.pdf-layout.yaml"), SHIFTS);

        assertThat(result.errors()).singleElement().asString().contains("odd.pdf-layout.yaml")
                .contains("unknown section type 'horoscope'");
        assertThat(result.warnings()).allSatisfy(w -> assertThat(w).contains("names KPIs the engine does not compute"));
    }

    private static ReportSection section(String template, String layout) {
        return new ReportSection(template, layout, List.of(ReportFormat.XLSX, ReportFormat.PDF), "en");
    }

    private static void writeZeros(OutputStream out, long bytes) throws IOException {
        byte[] zeros = new byte[64 * 1024];
        for (long written = 0; written < bytes; written += zeros.length) {
            out.write(zeros);
        }
    }
}
