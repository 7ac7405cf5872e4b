package com.winccreports.shiftreport.publish;

import com.winccreports.definition.ReportSection;
import com.winccreports.render.ReportMessages;
import com.winccreports.render.excel.DefaultExcelTemplate;
import com.winccreports.render.excel.ExcelReportRenderer;
import com.winccreports.render.excel.ExcelTemplate;
import com.winccreports.render.pdf.PdfLayout;
import com.winccreports.render.pdf.PdfLayoutLoader;
import com.winccreports.render.pdf.PdfReportRenderer;
import com.winccreports.report.ShiftReport;
import com.winccreports.system.HomeFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders with the job's templates from the home folder: the Excel template ({@code report.template}; the
 * built-in default when the file does not exist), the PDF layout ({@code report.layout}) and the messages
 * beside them in {@code report-templates/}.
 */
public final class TemplateReportRenderer implements ReportRenderer {

    private static final Logger log = LoggerFactory.getLogger(TemplateReportRenderer.class);

    private final HomeFolder home;

    public TemplateReportRenderer(HomeFolder home) {
        this.home = home;
    }

    @Override
    public void render(ShiftReport report, ReportSection section, ReportSection.ReportFormat format, Path target)
            throws IOException {
        ReportMessages messages = ReportMessages.load(home.root().resolve("report-templates"), report.locale());
        switch (format) {
            case XLSX -> new ExcelReportRenderer().render(report, excelTemplate(section, target), messages, target);
            case PDF -> new PdfReportRenderer().render(report, pdfLayout(section), messages, target);
            default -> throw new IllegalArgumentException("unsupported format " + format);
        }
    }

    private ExcelTemplate excelTemplate(ReportSection section, Path target) throws IOException {
        Path file = section.template() == null ? null : home.root().resolve(section.template());
        if (file != null && Files.isRegularFile(file)) {
            return ExcelTemplate.load(file);
        }
        log.info("Excel template {} not found: using the built-in default template", file);
        // one per report file: files of one publication are rendered side by side
        Path generated = target.resolveSibling("." + target.getFileName() + ".default-template.xlsx");
        try {
            DefaultExcelTemplate.write(generated);
            return ExcelTemplate.load(generated);
        } finally {
            Files.deleteIfExists(generated);
        }
    }

    private PdfLayout pdfLayout(ReportSection section) throws IOException {
        if (section.layout() == null) {
            throw new IOException("the job's report section names no PDF layout (report.layout)");
        }
        return PdfLayoutLoader.load(home.root().resolve(section.layout()));
    }
}
