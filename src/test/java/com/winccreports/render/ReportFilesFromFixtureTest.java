package com.winccreports.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.render.excel.ExcelReportRenderer;
import com.winccreports.render.excel.ExcelTemplate;
import com.winccreports.render.excel.WorkbookInspection;
import com.winccreports.render.pdf.PdfLayoutLoader;
import com.winccreports.render.pdf.PdfReportRenderer;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.TagStatistics;
import com.winccreports.report.demo.DemoReportOptions;
import com.winccreports.report.demo.DemoShiftReports;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped template and layout filled from the report fixture, which has counters, state tags, a counter
 * rollover, a batch without a rework figure and no idle time: statistics by kind of tag, missing values and
 * KPIs at their bounds, read back with POI and PDFBox.
 */
class ReportFilesFromFixtureTest {

    private static final Path TEMPLATES = Path.of("report-templates");

    @TempDir
    static Path dir;
    static ShiftReport report;
    static Path xlsx;
    static XSSFWorkbook workbook;
    static String pdf;

    @BeforeAll
    static void render() throws IOException {
        report = DemoShiftReports.create(DemoReportOptions.defaults());
        ReportMessages messages = ReportMessages.load(TEMPLATES, Locale.ENGLISH);
        xlsx = dir.resolve("report.xlsx");
        new ExcelReportRenderer().render(report, ExcelTemplate.load(TEMPLATES.resolve("shift-report.xlsx")), messages,
                xlsx);
        try (InputStream in = Files.newInputStream(xlsx)) {
            workbook = new XSSFWorkbook(in);
        }
        Path file = dir.resolve("report.pdf");
        new PdfReportRenderer().render(report, PdfLayoutLoader.load(TEMPLATES.resolve("shift-report.pdf-layout.yaml")),
                messages, file);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            pdf = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        }
    }

    // 5 — statistics by kind of tag

    @Test
    void countersShowWhatTheyCountedWithEachRolloverAndItsTimeNeverAMinimumOfTheirReadings() {
        assertThat(column(workbook.getSheet("Statistics"), "Tag")).doesNotContain("L1.GoodCount", "L1.EnergyMeter",
                "L1.MachineState");
        Sheet counters = workbook.getSheet("Counters");
        Row late = row(counters, "Late shift", "L1.GoodCount");
        var lateCounter = report.shifts().get(1).counters().get(0);
        assertThat(late.getCell(index(counters, "Increase")).getNumericCellValue()).isEqualTo(lateCounter.increase());
        assertThat(late.getCell(index(counters, "Rollovers")).getNumericCellValue()).isEqualTo(1);
        assertThat(late.getCell(index(counters, "Rollovers and resets")).getStringCellValue())
                .isEqualTo("rollover 2026-10-24 18:13 +02:00 (65,529 → 14)");
        assertThat(header(counters)).doesNotContain("Min", "Max", "Average");
        assertThat(pdf.replaceAll("\\s+", " ")).contains("Counters", "rollover 2026-10-24 18:13 +02:00 (65,529 → 14)");
    }

    @Test
    void stateTagsShowTimeInEachStateAndEntriesNeverAnAverageOfCodes() {
        Sheet states = workbook.getSheet("States");
        Row down = row(states, "Early shift", "L1.MachineState", "Down");
        var early = report.shifts().get(0).states().get(0).states().stream().filter(s -> s.label().equals("Down"))
                .findFirst().orElseThrow();
        assertThat(down.getCell(index(states, "Duration [min]")).getNumericCellValue())
                .isEqualTo(early.time().toSeconds() / 60.0);
        assertThat(down.getCell(index(states, "Entries")).getNumericCellValue()).isEqualTo(early.entries());
        assertThat(header(states)).doesNotContain("Average", "Min", "Max");
        assertThat(pdf).contains("Time in state", "Running", "Setup");
    }

    @Test
    void analogTagsShowTheStatisticsTheJobListsWithMinAtBesideMaxAt() {
        TagStatistics power = new TagStatistics("L1.Power", "Electrical power", "kW", 32.45, 0.528,
                Instant.parse("2026-10-24T10:04:16Z"), 47.308, Instant.parse("2026-10-24T05:54:16Z"), 28_800, 100,
                Double.NaN, Double.NaN, Duration.ZERO, Double.NaN, Double.NaN, 32.45, "analog",
                ordered(Map.entry("timeAverage", 32.45), Map.entry("maximum", 47.308),
                        Map.entry("integralHours", 259.65)));
        ShiftReport withPower = withStatistics(power);
        CatalogContext context = new CatalogContext(withPower, ReportMessages.load(TEMPLATES, Locale.ENGLISH));
        ReportFormats formats = new ReportFormats(context.messages(), withPower.period().zone());

        List<String> cells = ColumnCatalog.table("statistics").cells(context, List.of("tag", "average", "min",
                "minAt", "max", "maxAt", "other")).findFirst().orElseThrow().stream()
                .map(c -> formats.text(c).replace('\u00a0', ' ')).toList();

        assertThat(cells).containsExactly("L1.Power", "32.45", "–", "–", "47.31", "2026-10-24 07:54 +02:00",
                "Integral: 259.65 kW·h");
        assertThat(header(workbook.getSheet("Statistics"))).containsSubsequence("Min", "Min at", "Max", "Max at");
    }

    // 8 — a value that does not exist is a dash, never an error value; a KPI at its bound prints as it is

    @Test
    void anUnmappedReworkIsADashNotAnErrorValueAndTheWorkbookHoldsNothingBroken() throws IOException {
        Sheet batches = workbook.getSheet("Batches");
        Row last = batches.getRow(report.batches().size());
        Cell rework = last.getCell(index(batches, "Rework"));

        assertThat(rework.getCellType()).isEqualTo(CellType.STRING);
        assertThat(rework.getStringCellValue()).isEqualTo("–");
        assertThat(WorkbookInspection.inspect(xlsx).findings()).isEmpty();
    }

    @Test
    void technicalEfficiencyWithoutIdleTimeIsOneHundredPercent() {
        assertThat(pdf.lines().filter(l -> l.startsWith("Technical efficiency ")).findFirst().orElseThrow())
                .contains("100.00 %").doesNotContain("?");
    }

    @SafeVarargs
    private static Map<String, Double> ordered(Map.Entry<String, Double>... entries) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        return map;
    }

    private static ShiftReport withStatistics(TagStatistics statistics) {
        var first = report.shifts().get(0);
        var shift = new com.winccreports.report.ShiftResult(first.shift(), first.kpis(), List.of(statistics),
                first.downtime(), first.incomplete(), first.counters(), first.states(), null, first.batchShares());
        return new ShiftReport(report.site(), report.line(), report.lineDescription(), report.period(),
                report.locale(), report.periodKpis(), List.of(shift), report.trends(), report.shiftTrend(),
                report.batches(), report.alarms(), report.dataQuality(), report.provenance(), List.of(),
                report.siteAlarms());
    }

    private static List<String> header(Sheet sheet) {
        return column(sheet.getRow(0));
    }

    private static List<String> column(Row row) {
        List<String> texts = new java.util.ArrayList<>();
        row.forEach(c -> texts.add(c.getCellType() == CellType.STRING ? c.getStringCellValue() : ""));
        return texts;
    }

    private static List<String> column(Sheet sheet, String header) {
        int index = index(sheet, header);
        List<String> values = new java.util.ArrayList<>();
        for (Row row : sheet) {
            Cell cell = row.getCell(index);
            values.add(cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue());
        }
        return values;
    }

    private static int index(Sheet sheet, String header) {
        int index = header(sheet).indexOf(header);
        assertThat(index).as(header + " on " + sheet.getSheetName()).isNotNegative();
        return index;
    }

    /** The first row whose leading cells are {@code texts}. */
    private static Row row(Sheet sheet, String... texts) {
        for (Row row : sheet) {
            List<String> cells = column(row);
            if (cells.size() >= texts.length && cells.subList(0, texts.length).equals(List.of(texts))
                    || cells.size() >= texts.length + 1 && texts.length == 3
                    && cells.get(0).equals(texts[0]) && cells.get(1).equals(texts[1]) && cells.get(3).equals(texts[2])) {
                return row;
            }
        }
        throw new AssertionError("no row " + List.of(texts) + " on " + sheet.getSheetName());
    }
}
