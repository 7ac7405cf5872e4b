package com.winccreports.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.period.PeriodKind;
import com.winccreports.period.ReportPeriod;
import com.winccreports.period.ZonedPeriod;
import com.winccreports.render.excel.ExcelReportRenderer;
import com.winccreports.render.excel.ExcelTemplate;
import com.winccreports.render.pdf.PdfLayoutLoader;
import com.winccreports.render.pdf.PdfReportRenderer;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.ShiftResult;
import com.winccreports.report.TrendPoint;
import com.winccreports.report.TrendSeries;
import com.winccreports.report.demo.DemoReportOptions;
import com.winccreports.report.demo.DemoShiftReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A report over several production days (ten demo days, as a week's or a month's report is) says which days it
 * covers, on the Excel cover and on every PDF page; its per-shift rows name the shift's day (ten early shifts
 * are otherwise one name), and its time axes carry dates, not the same clock time over and over.
 */
class MultiDayReportTest {

    private static final Path TEMPLATES = Path.of("report-templates");
    private static final LocalDate FIRST = LocalDate.of(2026, 10, 25);
    private static final LocalDate LAST = FIRST.plusDays(9);

    private final ReportMessages messages = ReportMessages.load(TEMPLATES, Locale.ENGLISH);
    private final ShiftReport tenDays = tenDays();

    @Test
    void theExcelCoverNamesTheFirstAndLastProductionDayAndTheTrendAxisShowsDates() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path template = TEMPLATES.resolve("shift-report.xlsx");
        new ExcelReportRenderer().render(tenDays, new ExcelTemplate(template.toString(),
                Files.readAllBytes(template)), messages, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var cover = workbook.getSheetAt(0);
            assertThat(cover.getRow(4).getCell(0).getStringCellValue()).isEqualTo(messages.get("cover.productionDay"));
            assertThat(cover.getRow(4).getCell(1).getStringCellValue()).isEqualTo("2026-10-25 – 2026-11-03");
            String firstShift = tenDays.shifts().get(0).shift().label();
            String lastShift = tenDays.shifts().get(tenDays.shifts().size() - 1).shift().label();
            for (String sheet : List.of("KPIs", "Statistics", "Counters", "States", "KPI formulas")) {
                var rows = workbook.getSheet(sheet);
                assertThat(rows.getRow(1).getCell(0).getStringCellValue()).as(sheet + ": the first shift's day")
                        .isEqualTo("2026-10-25 " + firstShift);
                int last = rows.getLastRowNum() - (sheet.equals("KPIs") ? 1 : 0);   // the KPIs legend below
                assertThat(rows.getRow(last).getCell(0).getStringCellValue()).as(sheet + ": the last shift's day")
                        .isEqualTo("2026-11-03 " + lastShift);
            }
            List<String> formats = new ArrayList<>();
            workbook.forEach(sheet -> {
                if (sheet.getSheetName().equals("Charts")) {
                    for (XSSFChart chart : ((XSSFDrawing) workbook.getSheet("Charts").getDrawingPatriarch()).getCharts()) {
                        var axes = chart.getCTChart().getPlotArea().getCatAxArray();
                        if (axes.length > 0 && axes[0].isSetNumFmt()) {
                            formats.add(axes[0].getNumFmt().getFormatCode());
                        }
                    }
                }
            });
            assertThat(formats).as("the trend charts' time axes").isNotEmpty()
                    .containsOnly(messages.get("excel.dateTime"));
            var shiftLabels = new ArrayList<String>();
            var data = workbook.getSheet(messages.get("sheet.trendData"));
            int column = -1;
            for (var cell : data.getRow(0)) {
                if (cell.getStringCellValue().equals(messages.get("column.shift"))) {
                    column = cell.getColumnIndex();
                }
            }
            for (int r = 1; r <= data.getLastRowNum() && data.getRow(r).getCell(column) != null; r++) {
                shiftLabels.add(data.getRow(r).getCell(column).getStringCellValue());
            }
            assertThat(shiftLabels).as("the shift trend's points: one per shift, named with the day")
                    .hasSize(tenDays.shiftTrend().size()).doesNotHaveDuplicates()
                    .startsWith("2026-10-25 " + tenDays.shifts().get(0).shift().label());
        }
    }

    @Test
    void everyPdfPageNamesTheFirstAndLastProductionDay() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportRenderer().render(tenDays, PdfLayoutLoader.load(TEMPLATES.resolve("shift-report.pdf-layout.yaml")),
                messages, out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            String days = "2026-10-25 – 2026-11-03";
            assertThat(stripper.getText(document)).contains(messages.get("cover.productionDay") + " " + days);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page %d", page)
                        .contains(messages.get("report.title") + " · " + tenDays.line() + " · " + days);
            }
        }
    }

    @Test
    void aSingleDaysCoverKeepsItsDate() {
        ShiftReport day = DemoShiftReports.create(DemoReportOptions.defaults());
        ReportFormats formats = new ReportFormats(messages, day.period().zone());

        assertThat(day.period().multiDay()).isFalse();
        assertThat(formats.productionDays(day.period())).isEqualTo(formats.date(day.period().productionDay()));
        assertThat(formats.productionDays(tenDays.period())).isEqualTo("2026-10-25 – 2026-11-03");
    }

    /** Ten demo days as one report: their shifts, and each trend's points of the ten days end to end. */
    private static ShiftReport tenDays() {
        List<ShiftReport> days = new ArrayList<>();
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            days.add(DemoShiftReports.create(DemoReportOptions.defaults().withDay(d)));
        }
        ShiftReport first = days.get(0);
        ShiftReport last = days.get(days.size() - 1);
        List<ShiftResult> shifts = days.stream().flatMap(r -> r.shifts().stream()).toList();
        List<TrendSeries> trends = new ArrayList<>();
        for (int t = 0; t < first.trends().size(); t++) {
            TrendSeries series = first.trends().get(t);
            List<TrendPoint> points = new ArrayList<>();
            for (ShiftReport day : days) {
                points.addAll(day.trends().get(t).points());
            }
            trends.add(new TrendSeries(series.tag(), series.label(), series.unit(), series.resolution(), points));
        }
        List<com.winccreports.report.KpiTrendPoint> shiftTrend = shifts.stream()
                .map(s -> new com.winccreports.report.KpiTrendPoint("oee", s.shift().productionDay(), s.shift().name(),
                        s.shift().label(), s.shift().start(), s.kpi("oee").orElseThrow().value()))
                .toList();
        ZonedPeriod period = new ZonedPeriod(new ReportPeriod(PeriodKind.RANGE, "ten-days",
                first.period().period().from(), last.period().period().to()), FIRST, LAST, first.period().zone());
        return new ShiftReport(first.site(), first.line(), first.lineDescription(), period, first.locale(),
                first.periodKpis(), shifts, trends, shiftTrend, first.batches(), first.alarms(),
                first.dataQuality(), first.provenance(), List.of(), first.siteAlarms());
    }
}
