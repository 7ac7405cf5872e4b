package com.winccreports.shiftreport.publish;

import com.winccreports.definition.ReportSection;
import com.winccreports.render.FileCache;
import com.winccreports.render.ReportMessages;
import com.winccreports.render.excel.DefaultExcelTemplate;
import com.winccreports.render.excel.ExcelReportRenderer;
import com.winccreports.render.excel.ExcelTemplate;
import com.winccreports.render.pdf.PdfLayout;
import com.winccreports.render.pdf.PdfLayoutLoader;
import com.winccreports.render.pdf.PdfReportRenderer;
import com.winccreports.report.ShiftReport;
import com.winccreports.system.ConfinedFolder;
import com.winccreports.system.HomeFolder;
import com.winccreports.system.InputLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders with the job's templates from the home folder: the Excel template ({@code report.template}; the
 * built-in default only where it says {@code builtin}), the PDF layout ({@code report.layout}) and the
 * messages beside them in {@code report-templates/}. {@link #preflight} checks them before a run starts. The
 * template and the layout are parsed once per JVM and again when their file changes ({@link FileCache}).
 */
public final class TemplateReportRenderer implements ReportRenderer {

    private static final Logger log = LoggerFactory.getLogger(TemplateReportRenderer.class);
    /** Templates and layouts read once per JVM (every run of a long-lived service renders with them). */
    private static final FileCache<ExcelTemplate> TEMPLATES = new FileCache<>(ExcelTemplate::load);
    private static final FileCache<PdfLayout> LAYOUTS = new FileCache<>(PdfLayoutLoader::load);

    private final HomeFolder home;

    public TemplateReportRenderer(HomeFolder home) {
        this.home = home;
        InputLimits.apply();
    }

    @Override
    public TemplatePreflight.Result preflight(TemplatePreflight.Locator where, ReportSection section,
            Set<String> shifts) {
        return new TemplatePreflight(home).check(where, section, shifts);
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
        if (!TemplatePreflight.BUILTIN.equals(section.template())) {
            if (section.template() == null) {
                throw new IOException("the job's report section names no Excel template (report.template)");
            }
            return TEMPLATES.get(new ConfinedFolder(home.root()).inside(Path.of(section.template())));
        }
        log.debug("Excel template: the built-in default template (report.template: builtin)");
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
        return LAYOUTS.get(new ConfinedFolder(home.root()).inside(Path.of(section.layout())));
    }
}
