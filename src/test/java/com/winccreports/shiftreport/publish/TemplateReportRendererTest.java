package com.winccreports.shiftreport.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.definition.ReportSection;
import com.winccreports.definition.ReportSection.ReportFormat;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.demo.DemoReportOptions;
import com.winccreports.report.demo.DemoShiftReports;
import com.winccreports.shiftreport.JobTestHome;
import com.winccreports.system.HomeFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publish step's renderer keeps the parsed template per JVM, and takes a template saved again at once. */
class TemplateReportRendererTest {

    private static final String TEMPLATE = "report-templates/shift-report.xlsx";

    @TempDir
    Path root;

    private final ShiftReport report = DemoShiftReports.create(DemoReportOptions.defaults()).withTables(List.of());

    @Test
    void aTemplateSavedAgainBetweenTwoReportsShapesTheSecond() throws IOException {
        JobTestHome.copy(Path.of("report-templates"), root.resolve("report-templates"));
        TemplateReportRenderer renderer = new TemplateReportRenderer(new HomeFolder(root));
        ReportSection section = new ReportSection(TEMPLATE, "report-templates/shift-report.pdf-layout.yaml", null,
                "en");

        Path first = root.resolve("first.xlsx");
        renderer.render(report, section, ReportFormat.XLSX, first);
        Path template = root.resolve(TEMPLATE);
        FileTime saved = Files.getLastModifiedTime(template);
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            workbook.setSheetName(0, "Summary");   // the first sheet, "Report" in the shipped one
            try (OutputStream out = Files.newOutputStream(template)) {
                workbook.write(out);
            }
        }
        Files.setLastModifiedTime(template, FileTime.fromMillis(saved.toMillis() + 60_000));
        Path second = root.resolve("second.xlsx");
        renderer.render(report, section, ReportFormat.XLSX, second);

        assertThat(sheets(first)).contains("Report").doesNotContain("Summary");
        assertThat(sheets(second)).contains("Summary").doesNotContain("Report");
    }

    private static List<String> sheets(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        }
        return names;
    }
}
