package com.winccreports.render.excel;

import com.winccreports.xlsx.NormalStyle;
import com.winccreports.render.CatalogContext;
import com.winccreports.render.ReportFormats;
import com.winccreports.render.ReportMessages;
import com.winccreports.report.DataTable;
import com.winccreports.report.ShiftReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Renders a {@link ShiftReport} into an {@code .xlsx} from a template: the template's sheets are filled in
 * place (XSSF, small), native charts are added (drawn from arrays), then the workbook is wrapped in SXSSF, the
 * trend-data rows and long template tables are streamed, and each {@link DataTable} is streamed onto sheets of
 * its own. Every formula is written with the result the product
 * computed ({@link FormulaResults}) and flagged to recalculate on open.
 * Thread-safe: it holds no state between calls.
 */
public final class ExcelReportRenderer {

    private final ExcelRenderOptions options;

    public ExcelReportRenderer(ExcelRenderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public ExcelReportRenderer() {
        this(ExcelRenderOptions.defaults());
    }

    /** Writes to {@code target} (created or replaced); the caller publishes it atomically. */
    public ExcelRenderSummary render(ShiftReport report, ExcelTemplate template, ReportMessages messages, Path target)
            throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            return render(report, template, messages, out);
        }
    }

    /** Writes to {@code out}, which is left open. */
    public ExcelRenderSummary render(ShiftReport report, ExcelTemplate template, ReportMessages messages,
            OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        ReportFormats formats = new ReportFormats(messages, report.period().zone());
        XSSFWorkbook filled = template.open();
        NormalStyle.declare(filled);
        List<String> warnings = new ArrayList<>();
        TemplateFiller filler;
        TrendCharts charts = new TrendCharts(filled, report, formats.messages());
        TrendData trendData;
        FormulaResults results = new FormulaResults();
        try {
            filler = fillTemplate(filled, report, formats, charts, warnings, options.streamFrom());
            trendData = streamedTrendData(filled, charts.data());
            results.computeAll(filled);
            UnusedSharedStrings.empty(filled);
        } catch (RuntimeException e) {
            filled.close();
            throw e;
        }
        SXSSFWorkbook workbook = new SXSSFWorkbook(filled, options.rowWindow());
        try {
            long rows = 0;
            results.streaming(workbook);
            for (StreamedRegion region : filler.streamed()) {
                region.write(workbook, filler.writer(), results);
            }
            warnings.addAll(results.problems());
            if (trendData != null) {
                trendData.write(workbook.getSheet(trendData.sheetName()));
            }
            for (DataTable table : report.tables()) {
                rows += new StreamedTableWriter(workbook, table, options.rowLimit(), report.period().zone(), messages)
                        .write();
            }
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
            List<String> sheets = new ArrayList<>();
            workbook.forEach(s -> sheets.add(s.getSheetName()));
            return new ExcelRenderSummary(sheets, rows, warnings,
                    filler.streamed().stream().map(StreamedRegion::sheetName).toList());
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /**
     * The trend-data rows to stream once the workbook is SXSSF, or null: written in place now (XSSF) when there
     * are none, when the template's own trend-data sheet has rows below its header, or when a formula may read
     * them (it gets its result before the rows stream).
     */
    private static TrendData streamedTrendData(XSSFWorkbook workbook, TrendData data) {
        if (data == null) {
            return null;
        }
        XSSFSheet sheet = workbook.getSheet(data.sheetName());
        if (sheet.getLastRowNum() > 0 || new FormulaReach(workbook).anyOtherReads(sheet, 1, null)) {
            data.write(sheet);
            return null;
        }
        return data;
    }

    private static TemplateFiller fillTemplate(XSSFWorkbook workbook, ShiftReport report, ReportFormats formats,
            TrendCharts charts, List<String> warnings, int streamFrom) {
        TemplateFiller filler = new TemplateFiller(workbook, new ScalarValues(report, formats),
                new CatalogContext(report, formats.messages(), formats), formats, streamFrom);
        filler.fill();
        warnings.addAll(filler.warnings());
        filler.charts().stream()
                .sorted(Comparator.comparing(a -> "trends".equals(a.name()) ? 0 : 1))
                .map(charts::draw)
                .filter(Objects::nonNull)
                .forEach(warnings::add);
        return filler;
    }
}
