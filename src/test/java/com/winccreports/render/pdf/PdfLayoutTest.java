package com.winccreports.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.winccreports.render.ReportMessages;
import com.winccreports.render.TemplateFinding;
import com.winccreports.report.demo.DemoReportOptions;
import com.winccreports.report.demo.DemoShiftReports;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfLayoutTest {

    @TempDir
    Path dir;

    @Test
    void aTypoInALayoutKeyFailsWithFileAndLine() throws Exception {
        Path file = write("name: x\nsections:\n  - type: cover\n    colums: [a]\n");

        assertThatThrownBy(() -> PdfLayoutLoader.load(file)).hasMessageContaining("layout.pdf-layout.yaml")
                .hasMessageContaining("sections[0].colums").hasMessageContaining("line");
    }

    @Test
    void checkReportsUnknownSectionsColumnsKpisAndMissingFiles() throws Exception {
        Path file = write("""
                name: x
                logo: missing.png
                sections:
                  - type: cover
                  - type: kpi-sumary
                  - type: shift-kpis
                    columns: [name, colour]
                    kpis: [oee, mtbf]
                  - type: data-table
                """);
        Set<String> labels = ReportMessages.read(PdfReportRendererTest.TEMPLATES.resolve("messages.properties"))
                .keySet();

        List<TemplateFinding> findings = new PdfLayoutCheck(labels, Set.of("oee")).check(file);

        assertThat(findings).extracting(TemplateFinding::toString)
                .anyMatch(f -> f.contains("section 2 (kpi-sumary)") && f.contains("unknown section"))
                .anyMatch(f -> f.contains("unknown column 'colour'"))
                .anyMatch(f -> f.contains("KPI 'mtbf' is not produced by the jobs"))
                .anyMatch(f -> f.contains("needs 'table'"))
                .anyMatch(f -> f.contains("logo missing.png cannot be read"))
                .hasSize(5);
    }

    @Test
    void theCommittedLayoutsAreClean() {
        Set<String> labels = ReportMessages.read(PdfReportRendererTest.TEMPLATES.resolve("messages.properties"))
                .keySet();
        PdfLayoutCheck check = new PdfLayoutCheck(labels, Set.of("oee", "availability", "effectiveness",
                "qualityRatio", "mttr"));

        assertThat(check.check(PdfReportRendererTest.TEMPLATES.resolve("shift-report.pdf-layout.yaml"))).isEmpty();
        assertThat(check.check(PdfReportRendererTest.TEMPLATES.resolve("handover.pdf-layout.yaml"))).isEmpty();
    }

    @Test
    void aDataTablePrintsInPortionsUpToItsRowLimitOverManyPages() throws Exception {
        Path file = write("name: t\nsections:\n  - type: data-table\n    table: raw\n    maxRows: 1200\n");
        var full = DemoShiftReports.create(DemoReportOptions.defaults().withRawRows(3_000));
        var report = full.withTables(List.of(full.table("raw").orElseThrow()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PdfRenderSummary summary = new PdfReportRenderer().render(report, PdfLayoutLoader.load(file),
                ReportMessages.load(PdfReportRendererTest.TEMPLATES, Locale.ENGLISH), out);

        assertThat(summary.tableRows()).isEqualTo(1200);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isBetween(10, 40);
            PDFTextStripper pages = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                pages.setStartPage(page);
                pages.setEndPage(page);
                assertThat(pages.getText(document)).as("header row repeated on page %d", page).contains("[°C]");
            }
            assertThat(text).contains("Raw values", "Temperature", "[°C]", "Showing the first 1,200 of the rows");
            assertThat(text).contains("2026-10-24 06:16:40 +02:00", "2026-10-24 06:19:59 +02:00")
                    .doesNotContain("2026-10-24 06:20:00 +02:00");
        }
    }

    @Test
    void aShiftTableContinuedOnTheNextPageRepeatsItsShiftTitleAndHeader() throws Exception {
        Path file = write("name: t\nsections:\n  - type: tag-statistics\n");
        var demo = DemoShiftReports.create(DemoReportOptions.defaults());
        var early = demo.shifts().get(0);
        List<com.winccreports.report.TagStatistics> many = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.addAll(early.statistics());
        }
        var longShift = new com.winccreports.report.ShiftResult(early.shift(), early.kpis(), many, early.downtime(),
                false);
        var report = new com.winccreports.report.ShiftReport(demo.site(), demo.line(), demo.lineDescription(),
                demo.period(), demo.locale(), demo.periodKpis(), List.of(longShift), List.of(), List.of(), List.of(),
                null, null, demo.provenance(), List.of(), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new PdfReportRenderer().render(report, PdfLayoutLoader.load(file),
                ReportMessages.load(PdfReportRendererTest.TEMPLATES, Locale.ENGLISH), out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertThat(text).as("page %d", page).contains("Early shift (Crew", "Min at", "Max at");
            }
        }
    }

    @Test
    void anUnknownColumnIsRejectedBeforeAnythingIsWrittenNotPrintedAsSomethingElse() throws Exception {
        Path file = write("name: t\nsections:\n  - type: tag-statistics\n    columns: [tag, outside]\n");
        var report = DemoShiftReports.create(DemoReportOptions.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> new PdfReportRenderer().render(report, PdfLayoutLoader.load(file),
                ReportMessages.load(PdfReportRendererTest.TEMPLATES, Locale.ENGLISH), out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown column 'outside'").hasMessageContaining("outsideMinutes");
        assertThat(out.size()).isZero();
    }

    @Test
    void anUnknownSectionTypeIsRejectedBeforeAnythingIsWritten() throws Exception {
        Path file = write("name: t\nsections:\n  - type: cover\n  - type: gantt\n");
        var report = DemoShiftReports.create(DemoReportOptions.defaults());

        assertThatThrownBy(() -> new PdfReportRenderer().render(report, PdfLayoutLoader.load(file),
                ReportMessages.load(PdfReportRendererTest.TEMPLATES, Locale.ENGLISH), new ByteArrayOutputStream()))
                .hasMessageContaining("unknown section type 'gantt'");
    }

    private Path write(String yaml) throws Exception {
        return Files.writeString(dir.resolve("layout.pdf-layout.yaml"), yaml);
    }
}
