package com.winccreports.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import com.winccreports.render.ReportFormats;
import com.winccreports.render.ReportMessages;
import com.winccreports.report.ShiftReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Renders a {@link ShiftReport} into a PDF following a {@link PdfLayout}: sections in the layout's order,
 * embedded TrueType fonts, vector charts, header and footer with report id, version and page x of y.
 * Thread-safe: it holds no state between calls.
 */
public final class PdfReportRenderer {

    /** Writes to {@code target} (created or replaced); the caller publishes it atomically. */
    public PdfRenderSummary render(ShiftReport report, PdfLayout layout, ReportMessages messages, Path target)
            throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            return render(report, layout, messages, out);
        }
    }

    /** Writes to {@code out}; the stream is closed when the document closes (OpenPDF closes it). */
    public PdfRenderSummary render(ShiftReport report, PdfLayout layout, ReportMessages messages, OutputStream out)
            throws IOException {
        Objects.requireNonNull(report, "report");
        for (PdfSection section : layout.sections()) {
            List<String> problems = SectionTypes.problems(section);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("layout " + layout.name() + ": " + String.join("; ", problems));
            }
        }
        ReportFormats formats = new ReportFormats(messages, report.period().zone());
        PdfLayout.Page page = layout.page();
        Document document = new Document(pageSize(page), page.marginLeft(), page.marginRight(), page.marginTop(),
                page.marginBottom());
        try (PdfStyle style = new PdfStyle(layout)) {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            PageDecorator decorator = new PageDecorator(report, formats, style);
            writer.setPageEvent(decorator);
            document.addTitle(messages.get("report.title") + " " + report.line() + " "
                    + formats.productionDays(report.period()));
            document.addCreator("wincc-reports " + report.provenance().softwareVersion());
            document.open();
            PdfContext context = new PdfContext(document, writer, report, formats, style, layout);
            long rows = printSections(context, layout.sections());
            List<String> printed = layout.sections().stream().map(PdfSection::type).toList();
            document.close();
            return new PdfRenderSummary(decorator.pages(), printed, rows);
        } catch (DocumentException e) {
            throw new IOException("cannot render the PDF of report " + report.provenance().reportId(), e);
        }
    }

    private static long printSections(PdfContext c, List<PdfSection> sections) throws DocumentException,
            IOException {
        long rows = 0;
        boolean first = true;
        for (PdfSection section : sections) {
            if (section.pageBreak() && !first) {
                c.document.newPage();
            }
            first = false;
            switch (section.type()) {
                case "cover" -> new CoverSections(c).cover(section);
                case "kpi-summary" -> new CoverSections(c).kpiSummary(section);
                case "provenance" -> new CoverSections(c).provenance(section);
                case "shift-kpis" -> new ShiftSections(c).shiftKpis(section);
                case "tag-statistics" -> new ShiftSections(c).tagStatistics(section);
                case "counter-statistics" -> new ShiftSections(c).counterStatistics(section);
                case "state-statistics" -> new ShiftSections(c).stateStatistics(section);
                case "kpi-formulas" -> new ShiftSections(c).kpiFormulas(section);
                case "trend-charts" -> new ChartSections(c).trendCharts(section);
                case "shift-trend" -> new ChartSections(c).shiftTrend(section);
                case "downtime-pareto" -> new ChartSections(c).downtimePareto(section);
                case "batches" -> new RecordSections(c).batches(section);
                case "alarms" -> new RecordSections(c).alarms(section);
                case "data-quality" -> new RecordSections(c).dataQuality(section);
                case "data-table" -> rows += new DataTableSection(c).render(section);
                default -> throw new IllegalStateException("section " + section.type() + " has no printer");
            }
            c.finish();
        }
        return rows;
    }

    private static Rectangle pageSize(PdfLayout.Page page) {
        Rectangle size = switch (page.size().toUpperCase(java.util.Locale.ROOT)) {
            case "A3" -> PageSize.A3;
            case "LETTER" -> PageSize.LETTER;
            case "A4" -> PageSize.A4;
            default -> throw new IllegalArgumentException("unknown page size " + page.size() + " (A4, A3, LETTER)");
        };
        return page.landscape() ? size.rotate() : size;
    }

}
