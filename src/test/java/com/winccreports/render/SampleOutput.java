package com.winccreports.render;

import com.winccreports.render.excel.ExcelReportRenderer;
import com.winccreports.render.excel.ExcelTemplate;
import com.winccreports.render.pdf.PdfLayoutLoader;
import com.winccreports.render.pdf.PdfReportRenderer;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.demo.DemoReportOptions;
import com.winccreports.report.demo.DemoShiftReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the demo report fixture in English and German, as Excel and PDF (full layout) plus the handover
 * layout, into {@code sample-output/}: the templates' languages side by side. Test code (the fixture is not in
 * the product); {@code sample-output/regenerate} runs {@link #main} on the test class path. The same templates
 * and fixture give the same content; only the generated-at stamp (and the files' own timestamps) differ.
 */
public final class SampleOutput {

    private SampleOutput() {
    }

    /** {@code SampleOutput [templates-dir] [out-dir]}, defaults {@code report-templates} and {@code sample-output}. */
    public static void main(String[] args) throws IOException {
        Path templates = Path.of(args.length > 0 ? args[0] : "report-templates");
        Path out = Path.of(args.length > 1 ? args[1] : "sample-output");
        write(templates, out, Instant.now()).forEach(p -> System.out.println("wrote " + p));
    }

    public static List<Path> write(Path templatesDir, Path outDir, Instant generatedAt) throws IOException {
        Files.createDirectories(outDir);
        List<Path> written = new ArrayList<>();
        ExcelTemplate template = ExcelTemplate.load(templatesDir.resolve("shift-report.xlsx"));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            ShiftReport report = DemoShiftReports.create(DemoReportOptions.defaults().withLocale(locale)
                    .withGeneratedAt(generatedAt));
            ReportMessages messages = ReportMessages.load(templatesDir, locale);
            String base = report.provenance().reportId() + "_" + locale.getLanguage();
            Path xlsx = outDir.resolve("shift-report_" + base + ".xlsx");
            new ExcelReportRenderer().render(report, template, messages, xlsx);
            written.add(xlsx);
            for (String layout : List.of("shift-report", "handover")) {
                Path pdf = outDir.resolve(layout + "_" + base + ".pdf");
                new PdfReportRenderer().render(report,
                        PdfLayoutLoader.load(templatesDir.resolve(layout + ".pdf-layout.yaml")), messages, pdf);
                written.add(pdf);
            }
        }
        return written;
    }
}
