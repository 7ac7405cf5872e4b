package com.winccreports.render.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.render.ReportMessages;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.ShiftResult;
import com.winccreports.report.demo.DemoReportOptions;
import com.winccreports.report.demo.DemoShiftReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The shipped template with a month's worth of shifts: its long per-shift tables stream (SXSSF) instead of being
 * expanded in place, and the file holds the same cells, styles, formulas with results, filters and names as the
 * in-place expansion. The tables carry auto-filters, whose hidden names once kept every table in place, and the
 * KPIs sheet has its legend below the table.
 */
class StreamedTemplateTablesTest {

    private static final Path TEMPLATE = Path.of("report-templates/shift-report.xlsx");

    private final ReportMessages messages = ReportMessages.load(Path.of("report-templates"), Locale.ENGLISH);

    @Test
    void aMonthsPerShiftTablesStreamWithTheCellsOfTheInPlaceExpansion() throws IOException {
        ShiftReport month = month(DemoShiftReports.create(DemoReportOptions.defaults().withLocale(Locale.ENGLISH)));

        Rendered streamed = render(month, ExcelRenderOptions.defaults());
        Rendered inPlace = render(month, ExcelRenderOptions.defaults().withStreamFrom(Integer.MAX_VALUE));

        assertThat(inPlace.summary().streamedTables()).isEmpty();
        assertThat(streamed.summary().streamedTables())
                .contains("KPIs", "Statistics", "Counters", "States", "KPI formulas");
        assertThat(streamed.summary().warnings()).isEqualTo(inPlace.summary().warnings());
        try (XSSFWorkbook a = streamed.workbook(); XSSFWorkbook b = inPlace.workbook()) {
            assertThat(sheetNames(a)).isEqualTo(sheetNames(b));
            assertThat(names(a)).isEqualTo(names(b));
            for (int s = 0; s < b.getNumberOfSheets(); s++) {
                assertSameSheet(a.getSheetAt(s), b.getSheetAt(s));
            }
            XSSFSheet formulas = a.getSheet("KPI formulas");
            assertThat(formulas.getLastRowNum()).as("a month of KPI inputs").isGreaterThan(1_000);
            assertThat(formulas.getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A1:J" + (formulas.getLastRowNum() + 1));
        }
    }

    private static void assertSameSheet(XSSFSheet actual, XSSFSheet expected) {
        String sheet = expected.getSheetName();
        assertThat(actual.getLastRowNum()).as(sheet + ": last row").isEqualTo(expected.getLastRowNum());
        assertThat(filter(actual)).as(sheet + ": auto-filter").isEqualTo(filter(expected));
        assertThat(actual.getMergedRegions()).as(sheet + ": merged cells")
                .containsExactlyInAnyOrderElementsOf(expected.getMergedRegions());
        for (int r = 0; r <= expected.getLastRowNum(); r++) {
            Row want = expected.getRow(r);
            Row got = actual.getRow(r);
            assertThat(got == null).as(sheet + ": row %d present", r).isEqualTo(want == null);
            if (want == null) {
                continue;
            }
            assertThat(got.getHeightInPoints()).as(sheet + ": height of row %d", r).isEqualTo(want.getHeightInPoints());
            assertThat(got.isFormatted()).as(sheet + ": row %d styled", r).isEqualTo(want.isFormatted());
            assertThat(got.getLastCellNum()).as(sheet + ": cells of row %d", r).isEqualTo(want.getLastCellNum());
            for (int c = 0; c < want.getLastCellNum(); c++) {
                assertSameCell(got.getCell(c), want.getCell(c), sheet + "!R" + (r + 1) + "C" + (c + 1));
            }
        }
    }

    private static void assertSameCell(Cell got, Cell want, String where) {
        assertThat(got == null).as(where + " present").isEqualTo(want == null);
        if (want == null) {
            return;
        }
        assertThat(got.getCellType()).as(where + " type").isEqualTo(want.getCellType());
        assertThat(style(got)).as(where + " style").isEqualTo(style(want));
        assertThat(got.toString()).as(where).isEqualTo(want.toString());
        if (want.getCellType() == CellType.FORMULA) {
            assertThat(got.getCachedFormulaResultType()).as(where + " result type")
                    .isEqualTo(want.getCachedFormulaResultType());
            String result = switch (want.getCachedFormulaResultType()) {
                case NUMERIC -> String.valueOf(want.getNumericCellValue());
                case STRING -> want.getStringCellValue();
                case BOOLEAN -> String.valueOf(want.getBooleanCellValue());
                default -> "";
            };
            String gotResult = switch (got.getCachedFormulaResultType()) {
                case NUMERIC -> String.valueOf(got.getNumericCellValue());
                case STRING -> got.getStringCellValue();
                case BOOLEAN -> String.valueOf(got.getBooleanCellValue());
                default -> "";
            };
            assertThat(gotResult).as(where + " result").isEqualTo(result);
        }
    }

    /** What a style looks like (its index depends on when a derived style was first needed). */
    private static String style(Cell cell) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        XSSFFont font = style.getFont();
        XSSFColor fill = style.getFillForegroundColorColor();
        return String.join("|", style.getDataFormatString(), String.valueOf(style.getAlignment()),
                String.valueOf(style.getVerticalAlignment()), String.valueOf(style.getWrapText()),
                String.valueOf(style.getFillPattern()), fill == null ? "-" : fill.getARGBHex(),
                String.valueOf(style.getBorderTop()), String.valueOf(style.getBorderBottom()),
                String.valueOf(style.getBorderLeft()), String.valueOf(style.getBorderRight()),
                font.getFontName(), String.valueOf(font.getBold()), String.valueOf(font.getItalic()),
                String.valueOf(font.getFontHeight()), font.getXSSFColor() == null ? "-" : font.getXSSFColor().getARGBHex());
    }

    private static String filter(XSSFSheet sheet) {
        return sheet.getCTWorksheet().isSetAutoFilter() ? sheet.getCTWorksheet().getAutoFilter().getRef() : null;
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static List<String> names(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        for (Name name : workbook.getAllNames()) {
            names.add(name.getNameName() + "@" + name.getSheetIndex() + "=" + name.getRefersToFormula());
        }
        return names;
    }

    /** The demo day's shifts repeated to a month's count (31 days of three shifts). */
    private static ShiftReport month(ShiftReport day) {
        List<ShiftResult> shifts = new ArrayList<>();
        while (shifts.size() < 93) {
            shifts.addAll(day.shifts());
        }
        return day.withShifts(shifts).withTables(List.of());
    }

    private record Rendered(ExcelRenderSummary summary, byte[] bytes) {

        XSSFWorkbook workbook() throws IOException {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        }
    }

    private Rendered render(ShiftReport report, ExcelRenderOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelRenderSummary summary = new ExcelReportRenderer(options).render(report,
                new ExcelTemplate(TEMPLATE.toString(), Files.readAllBytes(TEMPLATE)), messages, out);
        return new Rendered(summary, out.toByteArray());
    }
}
