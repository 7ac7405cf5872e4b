package com.winccreports.render.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.winccreports.render.ReportMessages;
import com.winccreports.report.DowntimeReason;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.demo.DemoReportOptions;
import com.winccreports.report.demo.DemoShiftReports;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders the demo report with the committed template and reads the file back with POI. */
class ExcelReportRendererTest {

    private static final Path TEMPLATES = Path.of("report-templates");

    @TempDir
    static Path dir;
    static ShiftReport report;
    static XSSFWorkbook workbook;
    static Path file;

    @BeforeAll
    static void render() throws IOException {
        report = DemoShiftReports.create(DemoReportOptions.defaults());
        file = dir.resolve("report.xlsx");
        new ExcelReportRenderer().render(report, ExcelTemplate.load(TEMPLATES.resolve("shift-report.xlsx")),
                ReportMessages.load(TEMPLATES, Locale.ENGLISH), file);
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
    }

    @Test
    void kpisArePercentagesAndNumbersNotText() {
        Cell oee = valueNextTo(workbook.getSheet("Report"), "OEE index");
        Cell mttr = valueNextTo(workbook.getSheet("Report"), "Mean time to repair");

        assertThat(oee.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(oee.getNumericCellValue()).isCloseTo(report.periodKpi("oee").orElseThrow().value(), within(1e-12));
        assertThat(oee.getCellStyle().getDataFormatString()).isEqualTo("0.00 %");
        assertThat(mttr.getNumericCellValue()).isEqualTo(report.periodKpi("mttr").orElseThrow().value());
        assertThat(mttr.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
    }

    @Test
    void shiftTimesAreExcelDatesInTheSiteZoneWithTheirOffsetBeside() {
        Row night = rowStartingWith(workbook.getSheet("Report"), "Night shift");
        var shift = report.shifts().get(2).shift();

        assertThat(DateUtil.isCellDateFormatted(night.getCell(2))).isTrue();
        assertThat(night.getCell(2).getLocalDateTimeCellValue()).isEqualTo(shift.start().toLocalDateTime());
        assertThat(night.getCell(3).getStringCellValue()).isEqualTo("+02:00");
        assertThat(night.getCell(5).getStringCellValue()).isEqualTo("+01:00");
        assertThat(night.getCell(6).getNumericCellValue()).isEqualTo(9.0);
    }

    @Test
    void totalsBelowATableCoverEveryExpandedRowAndRecalculateOnOpen() {
        XSSFSheet downtime = workbook.getSheet("Downtime");
        List<DowntimeReason> pareto = report.downtimePareto();
        Row total = downtime.getRow(pareto.size() + 1);

        assertThat(workbook.getForceFormulaRecalculation()).isTrue();
        assertThat(total.getCell(2).getCellFormula()).isEqualTo("SUM(C2:C" + (pareto.size() + 1) + ")");
        assertThat(total.getCell(2).getNumericCellValue()).as("the result is stored with the formula")
                .isCloseTo(report.totalDowntime().toSeconds() / 60.0, within(1e-9));
        assertThat(downtime.getRow(1).getCell(1).getStringCellValue()).isEqualTo(pareto.get(0).label());
        assertThat(downtime.getRow(1).getCell(2).getNumericCellValue())
                .isEqualTo(pareto.get(0).duration().toSeconds() / 60.0);
    }

    @Test
    void tableSheetsHaveFrozenHeadersAndAFilterOverAllRows() {
        XSSFSheet kpis = workbook.getSheet("KPIs");
        int rows = report.shifts().stream().mapToInt(s -> s.kpis().size()).sum();

        assertThat(kpis.getPaneInformation().isFreezePane()).isTrue();
        assertThat(kpis.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J" + (rows + 1));
    }

    @Test
    void chartsSheetHoldsOneNativeLineChartPerTrendAndTheShiftTrend() {
        XSSFSheet charts = workbook.getSheet("Charts");
        var drawing = charts.getDrawingPatriarch();

        assertThat(drawing).isNotNull();
        assertThat(drawing.getCharts()).hasSize(report.trends().size() + 1);
        var line = drawing.getCharts().get(0).getCTChart().getPlotArea().getLineChartArray(0);
        assertThat(line.getGrouping().getVal().toString()).isEqualTo("standard");
        assertThat(line.getSerArray(0).getSpPr().getLn()).as("explicit line for readers without default styles")
                .isNotNull();
        assertThat(line.getSerArray(0).getVal().getNumRef().getF()).startsWith("'Trend data'!$C$2:$C$");
    }

    @Test
    void streamedTableKeepsTheRepeatedAutumnHourApartByItsOffset() {
        XSSFSheet minutes = workbook.getSheet("Per-minute values");
        List<String> offsetsAt0230 = new ArrayList<>();
        for (Row row : minutes) {
            Cell time = row.getCell(0);
            if (row.getRowNum() > 0 && time.getLocalDateTimeCellValue()
                    .equals(LocalDateTime.of(2026, 10, 25, 2, 30))) {
                offsetsAt0230.add(row.getCell(1).getStringCellValue());
            }
        }

        assertThat(minutes.getLastRowNum()).isEqualTo(25 * 60);
        assertThat(offsetsAt0230).containsExactly("+02:00", "+01:00");
        assertThat(minutes.getRow(0).getCell(2).getStringCellValue()).isEqualTo("L1.Temperature [°C]");
        assertThat(minutes.getPaneInformation().isFreezePane()).isTrue();
    }

    @Test
    void templateRowsSurviveTheStreamingWrap() {
        assertThat(workbook.getSheet("Report").getRow(0).getCell(0).getStringCellValue())
                .isEqualTo("Shift report L1 – Line 1 – extrusion");
        assertThat(workbook.getSheet("Report").getRow(2).getCell(1).getStringCellValue()).isEqualTo("demo");
    }

    @Test
    void declaresTheNormalCellStyleOnceAfterTheCellFormats() throws IOException {
        String styles;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        // without it openpyxl (and so pandas) warns "Workbook contains no default style"
        assertThat(styles).containsOnlyOnce("<cellStyles").containsPattern(
                "<cellStyles count=\"1\"><cellStyle (?=[^>]*name=\"Normal\")(?=[^>]*xfId=\"0\")(?=[^>]*builtinId=\"0\")");
        assertThat(styles.indexOf("<cellStyles")).isGreaterThan(styles.indexOf("</cellXfs>"));
        if (styles.contains("<dxfs")) {
            assertThat(styles.indexOf("<cellStyles")).isLessThan(styles.indexOf("<dxfs"));
        }
    }

    static Cell valueNextTo(XSSFSheet sheet, String label) {
        return rowStartingWith(sheet, label).getCell(1);
    }

    static Row rowStartingWith(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + label + " on " + sheet.getSheetName());
    }
}
