package com.winccreports.shiftreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.job.JobRunService;
import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import com.winccreports.period.PeriodKind;
import com.winccreports.period.ReportPeriod;
import com.winccreports.render.excel.WorkbookInspection;
import com.winccreports.simulator.SimulatorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The files an auditor signs, end to end: the shipped demo job through {@code run} on the simulator — the shared
 * demo day ({@link DemoDayRun}) and, for line L1, a single shift — rendered with the shipped templates; the Excel
 * read back with POI (as stored, the way a reader that does not recalculate sees it) and the PDF with PDFBox.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFilesEndToEndTests {

    static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DataFormatter EXCEL = new DataFormatter(Locale.ENGLISH);

    Path dayXlsx;
    XSSFWorkbook day;
    List<String> dayPages;
    XSSFWorkbook shift;
    List<String> shiftPages;

    @BeforeAll
    void runTheDemoJobForADayAndForOneShift(@TempDir Path root) throws Exception {
        DemoDayRun demo = DemoDayRun.get();
        assertThat(demo.outcome.status()).as(demo.outcome.message()).isIn(RunOutcome.Status.COMPLETED,
                RunOutcome.Status.COMPLETED_INCOMPLETE_DATA);
        dayXlsx = Files.write(root.resolve("day.xlsx"), demo.files.get("shift-report_L1_2026-11-24_v1.xlsx"));
        day = new XSSFWorkbook(Files.newInputStream(dayXlsx));
        dayPages = pages(Files.write(root.resolve("day.pdf"), demo.files.get("shift-report_L1_2026-11-24_v1.pdf")));
        String job = Files.readString(Path.of("jobs/shift-report.yaml")).replace("lines: [L1, L2]", "lines: [L1]");
        try (JobTestHome home = new JobTestHome(root.resolve("home"), job, SimulatorOptions.defaults());
                ConfigurableApplicationContext context = home.startRendering(Map.of())) {
            Instant from = DAY.atTime(6, 0).atZone(BERLIN).toInstant();
            RunOutcome early = context.getBean(JobRunService.class).run("shift-report",
                    new ReportPeriod(PeriodKind.SHIFT, DAY + "-Early", from, from.plusSeconds(8 * 3600)),
                    new RunOptions(List.of(), false, "test", null));
            shift = new XSSFWorkbook(Files.newInputStream(file(early, ".xlsx")));
            shiftPages = pages(file(early, ".pdf"));
        }
    }

    // 2 — every placeholder filled; the workbook read back holds no ${, no error value, no number stored as text

    @Test
    void everyPlaceholderOfTheShippedTemplateIsFilledAndNothingBrokenIsStored() throws IOException {
        WorkbookInspection.Result inspection = WorkbookInspection.inspect(dayXlsx);

        assertThat(inspection.findings()).isEmpty();
        assertThat(inspection.formulas()).isPositive();
        assertThat(text(day.getSheet("Report").getRow(0).getCell(0))).isEqualTo("Shift report L1");
    }

    @Test
    void perShiftGoodAndScrapAreFilledAndTheirTotalIsTheirSum() {
        Sheet report = day.getSheet("Report");
        Row header = rowWith(report, 1, "Crew");
        int good = column(header, "Good");
        int scrap = column(header, "Scrap");
        double goodSum = 0;
        double scrapSum = 0;
        for (String label : List.of("Early shift", "Late shift", "Night shift")) {
            Row row = rowWith(report, 0, label);
            assertThat(row.getCell(good).getCellType()).as(label).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(good).getNumericCellValue()).as(label).isPositive();
            goodSum += row.getCell(good).getNumericCellValue();
            scrapSum += row.getCell(scrap).getNumericCellValue();
        }
        Row total = rowWith(report, 0, "Total");
        assertThat(total.getCell(good).getCellFormula()).startsWith("SUM(");
        assertThat(total.getCell(good).getNumericCellValue()).isEqualTo(goodSum);
        assertThat(total.getCell(scrap).getNumericCellValue()).isEqualTo(scrapSum).isPositive();
    }

    // 4 — a value below its target is never "on target"; the legend names the bands

    @Test
    void aValueBelowItsTargetIsNeverOnTargetAndTheLegendNamesTheBands() {
        Sheet kpis = day.getSheet("KPIs");
        Row header = kpis.getRow(0);
        int value = column(header, "Value");
        int target = column(header, "Target");
        int status = column(header, "Status");
        int checked = 0;
        for (Row row : kpis) {
            Cell t = row.getCell(target);
            if (row.getRowNum() == 0 || t == null || t.getCellType() != CellType.NUMERIC) {
                continue;
            }
            boolean below = row.getCell(value).getNumericCellValue() < t.getNumericCellValue();
            if (below) {
                assertThat(text(row.getCell(status))).as("row %d", row.getRowNum() + 1).isNotEqualTo("on target");
                checked++;
            }
        }
        assertThat(checked).as("the demo day has values below target").isPositive();
        String legend = "on target ≥ target · acceptable ≥ green threshold · warning ≥ yellow threshold · off target below";
        assertThat(rowWith(day.getSheet("Report"), 0, "Status: ").getCell(0).getStringCellValue())
                .contains(legend);
        assertThat(String.join("\n", dayPages).replace("\n", " ")).contains(legend);
        assertThat(summaryLine(dayPages, "OEE index")).doesNotContain("on target");
    }

    // 8 — counts as integers, one format per unit in Excel and PDF, "–" in both, every KPI in the PDF summary

    @Test
    void everyKpiOfTheSummaryReadsTheSameInExcelAndPdfAndAMissingTargetIsADashInBoth() {
        Sheet report = day.getSheet("Report");
        Row header = rowWith(report, 0, "KPI");
        int rows = 0;
        for (int r = header.getRowNum() + 1; r <= report.getLastRowNum(); r++) {
            Row row = report.getRow(r);
            if (row == null || row.getCell(1) == null || row.getCell(1).getCellType() != CellType.NUMERIC) {
                break;
            }
            String name = text(row.getCell(0));
            String shown = EXCEL.formatCellValue(row.getCell(1));
            String line = summaryLine(dayPages, name);
            assertThat(line).as(name).contains(shown);
            if (row.getCell(2).getCellType() == CellType.STRING) {
                assertThat(text(row.getCell(2))).as(name).isEqualTo("–");
                assertThat(line).as(name).contains("–");
            } else {
                assertThat(line).as(name).contains(EXCEL.formatCellValue(row.getCell(2)));
            }
            rows++;
        }
        Sheet kpis = day.getSheet("KPIs");
        int name = column(kpis.getRow(0), "KPI");
        java.util.Set<String> produced = new java.util.HashSet<>();
        kpis.forEach(row -> produced.add(text(row.getCell(name))));
        produced.removeIf(n -> n.isEmpty() || n.equals("KPI") || n.startsWith("Status: "));
        assertThat(rows).as("every KPI the job produces").isEqualTo(produced.size()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void countsAreIntegersInTheirUnitNeverDecimalEvents() {
        String pdf = String.join("\n", dayPages);
        assertThat(Pattern.compile("\\d\\.0+ (events|units)\\b").matcher(pdf).find()).as("a count with zero decimals")
                .isFalse();
        Sheet inputs = day.getSheet("KPI formulas");
        int unit = column(inputs.getRow(0), "Unit");
        int value = column(inputs.getRow(0), "Value");
        int counts = 0;
        for (Row row : inputs) {
            if (row.getRowNum() > 0 && List.of("units", "events", "s").contains(text(row.getCell(unit)))
                    && row.getCell(value).getCellType() == CellType.NUMERIC) {
                assertThat(EXCEL.formatCellValue(row.getCell(value))).as("row %d", row.getRowNum() + 1)
                        .doesNotContain(".");
                counts++;
            }
        }
        assertThat(counts).isPositive();
    }

    @Test
    void aOneShiftPeriodCallsItsSummaryColumnByTheShiftNotWholeDay() {
        Row header = rowWith(shift.getSheet("Report"), 0, "KPI");
        assertThat(text(header.getCell(1))).isEqualTo("Early shift");
        assertThat(shiftPages.get(0)).contains("KPI summary").doesNotContain("Whole day");
        assertThat(summaryHeader(shiftPages)).contains("Early shift");
    }

    // 9 — every formula is stored with its result

    @Test
    void everyFormulaIsStoredWithTheResultTheProductComputed() {
        int formulas = 0;
        for (Sheet sheet : day) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        assertThat(cell.getCachedFormulaResultType()).as("%s!%s", sheet.getSheetName(),
                                cell.getAddress()).isEqualTo(CellType.NUMERIC);
                        formulas++;
                    }
                }
            }
        }
        assertThat(formulas).isPositive();
        Row downtimeTotal = rowWith(day.getSheet("Downtime"), 1, "Total");
        double minutes = 0;
        for (int r = 1; r < downtimeTotal.getRowNum(); r++) {
            minutes += day.getSheet("Downtime").getRow(r).getCell(2).getNumericCellValue();
        }
        assertThat(downtimeTotal.getCell(2).getNumericCellValue()).isCloseTo(minutes,
                org.assertj.core.api.Assertions.within(1e-9));
    }

    // 10 — PDF layout: headings keep with their tables, no word split in a narrow column, min at beside max at

    @Test
    void noPageEndsWithAHeadingOrAShiftTitleAndEveryShiftsKpisStayWithTheirTitle() {
        for (int p = 0; p < dayPages.size(); p++) {
            List<String> lines = contentLines(dayPages.get(p));
            String last = lines.get(lines.size() - 1);
            assertThat(last).as("last line of page %d", p + 1).doesNotMatch("(Early|Late|Night) shift: .*")
                    .isNotIn("KPI summary", "KPIs per shift", "Tag statistics", "Trends", "Shift-over-shift trend",
                            "Downtime by reason", "Batches", "Alarm statistics", "Data-quality annex",
                            "KPI formulas and inputs", "Provenance");
        }
        for (String shiftName : List.of("Early", "Late", "Night")) {
            String page = dayPages.stream().filter(t -> t.contains("KPIs per shift") || t.contains(shiftName + " shift:"))
                    .filter(t -> t.contains(shiftName + " shift: ") && t.contains("Incomplete"))
                    .findFirst().orElseThrow();
            assertThat(page).as(shiftName).contains("Availability", "OEE index", "Energy per good unit");
        }
    }

    @Test
    void wordsAndTagNamesAreNeverSplitInsideANarrowColumn() {
        String pdf = String.join("\n", dayPages);
        assertThat(pdf).contains("Coverage", "Min at", "Max at").doesNotContain("Coverag\n");
        for (String tag : List.of("Temperature", "TemperatureSetpoint", "Pressure", "Speed", "Power", "Vibration",
                "AmbientHumidity")) {
            assertThat(Pattern.compile("(L1\\.|^)" + tag + "\\b", Pattern.MULTILINE).matcher(pdf).find())
                    .as(tag + " whole, or broken after its dot").isTrue();
            for (int cut = 3; cut < tag.length() - 1; cut++) {
                assertThat(pdf).as(tag + " split inside the word").doesNotContain("L1." + tag.substring(0, cut) + "\n");
            }
        }
        String statistics = dayPages.stream().filter(t -> t.contains("Tag statistics")).findFirst().orElseThrow();
        assertThat(Pattern.compile("Min\\s+Min at\\s+Max\\s+Max at").matcher(statistics).find())
                .as("min at beside max at in\n" + statistics).isTrue();
    }

    private static String summaryLine(List<String> pages, String kpi) {
        return pages.get(0).lines().filter(l -> l.startsWith(kpi + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no summary line for " + kpi + " in\n" + pages.get(0)));
    }

    private static String summaryHeader(List<String> pages) {
        return pages.get(0).lines().filter(l -> l.startsWith("KPI ") && !l.startsWith("KPI summary")).findFirst()
                .orElseThrow();
    }

    /** A page's lines without its running header and footer. */
    private static List<String> contentLines(String page) {
        List<String> lines = new ArrayList<>(page.lines().filter(l -> !l.isBlank()).toList());
        lines.removeIf(l -> l.startsWith("Generated ") || l.startsWith("Shift report · ")
                || l.startsWith("demo-L1-") || l.matches("Page \\d+ of \\d+"));
        return lines;
    }

    private static List<String> pages(Path pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document).replace('\u00a0', ' '));
            }
        }
        return pages;
    }

    private static Path file(RunOutcome outcome, String suffix) {
        assertThat(outcome.status()).as(outcome.message()).isIn(RunOutcome.Status.COMPLETED,
                RunOutcome.Status.COMPLETED_INCOMPLETE_DATA);
        return outcome.files().stream().filter(f -> f.toString().endsWith(suffix)).findFirst().orElseThrow();
    }

    /** The first row whose cell in {@code column} is {@code text}, or starts with it when it ends in a space. */
    private static Row rowWith(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && (cell.getStringCellValue().equals(text)
                    || text.endsWith(" ") && cell.getStringCellValue().startsWith(text))) {
                return row;
            }
        }
        throw new AssertionError("no row " + text + " on " + sheet.getSheetName());
    }

    private static int column(Row header, String text) {
        for (Cell cell : header) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + text + " in row " + (header.getRowNum() + 1));
    }

    private static String text(Cell cell) {
        return cell == null ? "" : cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : EXCEL.formatCellValue(cell);
    }
}
