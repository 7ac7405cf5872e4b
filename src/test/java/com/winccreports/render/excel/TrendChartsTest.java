package com.winccreports.render.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.render.ReportMessages;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.TrendSeries;
import com.winccreports.report.demo.DemoReportOptions;
import com.winccreports.report.demo.DemoShiftReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumRef;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumVal;

/**
 * The trend charts are drawn from arrays and their data sheet's rows are streamed afterwards: what a chart
 * caches must be what its cells hold, wherever the rows are written.
 */
class TrendChartsTest {

    private static final ReportMessages MESSAGES = ReportMessages.load(Path.of("report-templates"), Locale.ENGLISH);
    private static final String DATA = MESSAGES.get("sheet.trendData");

    private final ShiftReport report = DemoShiftReports.create(DemoReportOptions.defaults()).withTables(List.of());

    @Test
    void everyChartCachesTheCellsItsReferenceNames() throws IOException {
        XSSFWorkbook result = render(template -> { });

        XSSFSheet data = result.getSheet(DATA);
        List<XSSFChart> charts = result.getSheet("C").getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(report.trends().size() + 1);
        for (int i = 0; i < report.trends().size(); i++) {
            var series = charts.get(i).getCTChart().getPlotArea().getLineChartArray(0).getSerArray(0);
            assertCachesColumn(data, series.getCat().getNumRef(), 0);
            assertCachesColumn(data, series.getVal().getNumRef(), 2 + i);
        }
        int points = report.trends().get(0).points().size();
        assertThat(data.getLastRowNum()).isEqualTo(points);
        TrendSeries first = report.trends().get(0);
        assertThat(data.getRow(0).getCell(2).getStringCellValue()).isEqualTo(first.tag() + " [" + first.unit() + "]");
        assertThat(data.getRow(points).getCell(1).getStringCellValue()).isEqualTo("+01:00");
    }

    @Test
    void aFormulaReadingTheTrendDataGetsItsResultFromRowsWrittenInPlace() throws IOException {
        XSSFWorkbook result = render(template -> template.getSheet("C").createRow(40).createCell(0)
                .setCellFormula("COUNT('" + DATA + "'!C:C)"));

        long numbers = report.trends().get(0).points().stream().filter(p -> !Double.isNaN(p.value())).count();
        assertThat(result.getSheet("C").getRow(40).getCell(0).getNumericCellValue()).isEqualTo(numbers);
        assertCachesColumn(result.getSheet(DATA), firstSeries(result).getVal().getNumRef(), 2);
    }

    @Test
    void aTemplatesOwnTrendDataSheetWithRowsKeepsThemBesideTheData() throws IOException {
        XSSFWorkbook result = render(template -> template.createSheet(DATA).createRow(3000).createCell(0)
                .setCellValue("kept"));

        XSSFSheet data = result.getSheet(DATA);
        assertThat(data.getRow(3000).getCell(0).getStringCellValue()).isEqualTo("kept");
        assertCachesColumn(data, firstSeries(result).getVal().getNumRef(), 2);
    }

    @Test
    void reportsRenderedSideBySideAreTheSameBytes() throws Exception {
        byte[] template = template(t -> { });
        Callable<byte[]> render = () -> renderBytes(template);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> files = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                files.add(pool.submit(render));
            }
            byte[] first = files.get(0).get(60, TimeUnit.SECONDS);
            for (Future<byte[]> file : files) {
                assertThat(file.get(60, TimeUnit.SECONDS)).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertCachesColumn(XSSFSheet data, CTNumRef reference, int column) {
        String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(column);
        assertThat(reference.getF()).isEqualTo("'" + DATA + "'!$" + letter + "$2:$" + letter + "$"
                + (report.trends().get(0).points().size() + 1));
        List<Double> cells = new ArrayList<>();
        List<Double> cached = new ArrayList<>();
        for (Row row : data) {
            Cell cell = row.getCell(column);
            if (row.getRowNum() > 0 && cell != null && cell.getCellType() == CellType.NUMERIC) {
                cells.add(cell.getNumericCellValue());
            }
        }
        for (CTNumVal point : reference.getNumCache().getPtList()) {
            cached.add(Double.parseDouble(point.getV()));
        }
        assertThat(cached).as("cache of %s", reference.getF()).hasSizeGreaterThan(100).isEqualTo(cells);
    }

    private static org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer firstSeries(XSSFWorkbook result) {
        return result.getSheet("C").getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea()
                .getLineChartArray(0).getSerArray(0);
    }

    private XSSFWorkbook render(Consumer<XSSFWorkbook> build) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(renderBytes(template(build))));
    }

    private byte[] renderBytes(byte[] template) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcelReportRenderer().render(report, new ExcelTemplate("charts.xlsx", template), MESSAGES, out);
        return out.toByteArray();
    }

    /** A sheet "C" with both chart markers, changed by {@code build}. */
    private static byte[] template(Consumer<XSSFWorkbook> build) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("C");
            sheet.createRow(0).createCell(0).setCellValue("${chart:trends}");
            sheet.createRow(1).createCell(0).setCellValue("${chart:shift-trend}");
            build.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
