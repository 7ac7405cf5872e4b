package com.winccreports.render.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.render.ReportMessages;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.demo.DemoReportOptions;
import com.winccreports.report.demo.DemoShiftReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Template markup on small hand-made templates. */
class ExcelTemplateFillingTest {

    private final ShiftReport german = DemoShiftReports.create(DemoReportOptions.defaults()
            .withLocale(Locale.GERMAN).withVersion(2));
    private final ReportMessages messages = ReportMessages.load(Path.of("report-templates"), Locale.GERMAN);

    @Test
    void unknownPlaceholdersStayVisibleAndAreReported() throws IOException {
        XSSFWorkbook result = render(sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("${kpi.nope}");
            sheet.createRow(1).createCell(0).setCellValue("${table:nothing.x}");
            sheet.createRow(2).createCell(0).setCellValue("Linie ${line}, ${unknown}");
        });

        assertThat(summary.warnings()).anyMatch(w -> w.contains("${kpi.nope}"))
                .anyMatch(w -> w.contains("${table:nothing.x}")).anyMatch(w -> w.contains("${unknown}"));
        assertThat(result.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("${kpi.nope}");
        assertThat(result.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("Linie L1, ${unknown}");
    }

    @Test
    void sheetNamesAndLabelsComeFromTheReportLanguage() throws IOException {
        XSSFWorkbook result = render(sheet -> {
            sheet.getWorkbook().setSheetName(0, "${label.sheet.kpis}");
            sheet.createRow(0).createCell(0).setCellValue("${label.report.title}");
            sheet.createRow(1).createCell(0).setCellValue("${report.supersedes}");
            sheet.createRow(2).createCell(0).setCellValue("${table:shifts.label}");
        });

        XSSFSheet sheet = result.getSheetAt(0);
        assertThat(sheet.getSheetName()).isEqualTo("Kennzahlen");
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Schichtbericht");
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("ersetzt v1");
        assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Frühschicht");
        assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Nachtschicht");
    }

    @Test
    void anEmptyTableLeavesItsRowBlankAndStatusesGetTheirLight() throws IOException {
        XSSFWorkbook result = render(sheet -> {
            XSSFRow row = sheet.createRow(0);
            row.createCell(0).setCellValue("${kpi.oee.status}");
            sheet.createRow(1).createCell(0).setCellValue("${table:counterResets.tag}");
            sheet.createRow(2).createCell(0).setCellValue("${shift.Night.hours}");
        }, withoutResets(german));

        XSSFSheet sheet = result.getSheetAt(0);
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                .isEqualTo(messages.get("status." + german.periodKpi("oee").orElseThrow().status()));
        assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFillPattern().getCode()).isEqualTo((short) 1);
        assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(9.0);
    }

    @Test
    void aRangeOverJustTheTemplateRowGrowsWithTheTable() {
        assertThat(TableRegion.grow("SUM(C5:C5)+AVERAGE($D$5:$D5)-E4", "5", "9"))
                .isEqualTo("SUM(C5:C9)+AVERAGE($D$5:$D9)-E4");
        assertThat(TableRegion.grow("SUM(C4:C5)", "5", "9")).isEqualTo("SUM(C4:C5)");
    }

    @Test
    void aLongTableAtTheEndOfItsSheetStreamsWithTheSameCellsAsOneExpandedInPlace() throws IOException {
        String[] columns = {"shift", "kpi", "input", "value", "unit", "coverage"};
        XSSFWorkbook result = render(sheet -> {
            XSSFSheet inPlace = sheet.getWorkbook().createSheet("InPlace");
            for (int c = 0; c < columns.length; c++) {
                sheet.createRow(0).createCell(c).setCellValue("head");
                sheet.getRow(0).getCell(c).setCellValue("head " + c);
                (sheet.getRow(1) == null ? sheet.createRow(1) : sheet.getRow(1)).createCell(c)
                        .setCellValue("${table:kpiInputs." + columns[c] + "}");
                (inPlace.getRow(0) == null ? inPlace.createRow(0) : inPlace.getRow(0)).createCell(c)
                        .setCellValue("${table:kpiInputs." + columns[c] + "}");
            }
            sheet.getRow(1).createCell(columns.length).setCellFormula("IF(ISNUMBER(D2),D2*2,\"–\")");
            inPlace.getRow(0).createCell(columns.length).setCellFormula("IF(ISNUMBER(D1),D1*2,\"–\")");
            inPlace.createRow(1).createCell(0).setCellValue("end");
            inPlace.getRow(1).createCell(1).setCellFormula("1+1");   // a formula below keeps the table in place
        }, longReport());

        XSSFSheet streamed = result.getSheet("S");
        XSSFSheet inPlace = result.getSheet("InPlace");
        int rows = inPlace.getLastRowNum();
        assertThat(rows).isGreaterThanOrEqualTo(ExcelRenderOptions.STREAM_FROM);
        assertThat(streamed.getLastRowNum()).isEqualTo(rows);
        assertThat(inPlace.getRow(rows).getCell(0).getStringCellValue()).isEqualTo("end");
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns.length; c++) {
                assertThat(streamed.getRow(r + 1).getCell(c).toString()).as("row %d column %d", r, c)
                        .isEqualTo(inPlace.getRow(r).getCell(c).toString());
            }
        }
        assertThat(streamed.getRow(1).getCell(0).toString()).doesNotContain("${");
        assertThat(streamed.getRow(rows).getCell(columns.length).getCellFormula())
                .isEqualTo("IF(ISNUMBER(D" + (rows + 1) + "),D" + (rows + 1) + "*2,\"–\")");
        assertThat(inPlace.getRow(rows - 1).getCell(columns.length).getCellFormula())
                .isEqualTo("IF(ISNUMBER(D" + rows + "),D" + rows + "*2,\"–\")");
        for (int r = 0; r < rows; r++) {
            var streamedResult = streamed.getRow(r + 1).getCell(columns.length);
            var inPlaceResult = inPlace.getRow(r).getCell(columns.length);
            double input = streamed.getRow(r + 1).getCell(3).getNumericCellValue();
            assertThat(streamedResult.getCachedFormulaResultType()).as("row %d has its result stored", r)
                    .isEqualTo(CellType.NUMERIC);
            assertThat(streamedResult.getNumericCellValue()).as("row %d", r)
                    .isCloseTo(input * 2, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(inPlaceResult.getNumericCellValue()).as("row %d", r)
                    .isCloseTo(input * 2, org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Test
    void plainRowsBelowAStreamedTableFollowItWithTheirValuesStylesAndHeights() throws IOException {
        XSSFWorkbook result = render(sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("head");
            sheet.createRow(1).createCell(0).setCellValue("${table:kpiInputs.value}");
            XSSFRow note = sheet.createRow(3);
            note.setHeightInPoints(31);
            note.createCell(0).setCellValue("Note: as measured");
            note.createCell(1).setCellValue("${line}");
            note.createCell(2).setCellValue(42.5);
            var style = sheet.getWorkbook().createCellStyle();
            style.setWrapText(true);
            note.getCell(2).setCellStyle(style);
        }, longReport());

        assertThat(summary.streamedTables()).containsExactly("S");
        XSSFSheet sheet = result.getSheet("S");
        int rows = kpiInputs(longReport());
        assertThat(rows).isGreaterThanOrEqualTo(ExcelRenderOptions.STREAM_FROM);
        assertThat(sheet.getLastRowNum()).as("the note two rows below the last table row").isEqualTo(rows + 2);
        assertThat(sheet.getRow(rows + 1) == null).as("the empty row between stays empty").isTrue();
        assertThat(sheet.getRow(rows).getCell(0).getCellType()).as("the last table row").isNotEqualTo(CellType.BLANK);
        XSSFRow note = sheet.getRow(rows + 2);
        assertThat(note.getHeightInPoints()).isEqualTo(31f);
        assertThat(note.getCell(0).getStringCellValue()).isEqualTo("Note: as measured");
        assertThat(note.getCell(1).getStringCellValue()).as("placeholders below are filled").isEqualTo(german.line());
        assertThat(note.getCell(2).getNumericCellValue()).isEqualTo(42.5);
        assertThat(note.getCell(2).getCellStyle().getWrapText()).isTrue();
    }

    @Test
    void aTextWithFormattedRunsBelowKeepsItsTableInPlaceSoTheRunsSurvive() throws IOException {
        XSSFWorkbook result = render(sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("head");
            sheet.createRow(1).createCell(0).setCellValue("${table:kpiInputs.value}");
            var bold = sheet.getWorkbook().createFont();
            bold.setBold(true);
            var text = new org.apache.poi.xssf.usermodel.XSSFRichTextString("Note: as measured");
            text.applyFont(0, 5, bold);
            sheet.createRow(3).createCell(0).setCellValue(text);
        }, longReport());

        assertThat(summary.streamedTables()).isEmpty();
        XSSFSheet sheet = result.getSheet("S");
        var note = sheet.getRow(kpiInputs(longReport()) + 2).getCell(0).getRichStringCellValue();
        assertThat(note.getString()).isEqualTo("Note: as measured");
        assertThat(note.numFormattingRuns()).isPositive();
        assertThat(note.getFontAtIndex(0).getBold()).isTrue();
    }

    private static int kpiInputs(ShiftReport report) {
        return (int) com.winccreports.render.ColumnCatalog.table("kpiInputs").count(report);
    }

    @Test
    void aFormulaReadingAnotherRowKeepsItsTableInPlaceSoItsResultCanBeComputed() throws IOException {
        XSSFWorkbook result = render(sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("head");
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("${table:kpiInputs.value}");
            row.createCell(1).setCellFormula("SUM($A$2:A2)");
        }, longReport());

        XSSFSheet sheet = result.getSheet("S");
        double running = 0;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            var value = sheet.getRow(r).getCell(0);
            running += value.getCellType() == CellType.NUMERIC ? value.getNumericCellValue() : 0;
            assertThat(sheet.getRow(r).getCell(1).getNumericCellValue()).as("row %d", r)
                    .isCloseTo(running, org.assertj.core.api.Assertions.within(1e-6 * Math.max(1, running)));
        }
        assertThat(summary.warnings()).isEmpty();
    }

    @Test
    void perShiftTablesAreCountedWithoutMakingTheirRows() {
        ShiftReport report = longReport();
        com.winccreports.render.CatalogContext context = new com.winccreports.render.CatalogContext(report, messages);
        for (String table : java.util.List.of("shifts", "kpis", "kpiInputs", "statistics", "counters", "states",
                "batches")) {
            var catalog = com.winccreports.render.ColumnCatalog.table(table);
            long made = catalog.cells(context, catalog.names()).count();
            assertThat(made).as(table).isPositive();
            assertThat(catalog.count(report)).as(table + " counted without making rows").isEqualTo(made);
        }
    }

    /** The demo report with its KPI inputs repeated until the table is long enough to stream. */
    private ShiftReport longReport() {
        ShiftReport report = german;
        while (com.winccreports.render.ColumnCatalog.table("kpiInputs").count(report) < ExcelRenderOptions.STREAM_FROM) {
            java.util.List<com.winccreports.report.ShiftResult> shifts = new java.util.ArrayList<>(report.shifts());
            shifts.addAll(report.shifts());
            report = report.withShifts(shifts);
        }
        return report;
    }

    private ExcelRenderSummary summary;

    private static ShiftReport withoutResets(ShiftReport report) {
        var q = report.dataQuality();
        return report.withDataQuality(new com.winccreports.report.DataQuality(q.coverage(), q.gaps(),
                java.util.List.of(), q.lateData(), q.incomplete(), q.notes()));
    }

    private XSSFWorkbook render(java.util.function.Consumer<XSSFSheet> build) throws IOException {
        return render(build, german);
    }

    private XSSFWorkbook render(java.util.function.Consumer<XSSFSheet> build, ShiftReport report) throws IOException {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            build.accept(workbook.createSheet("S"));
            workbook.write(template);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summary = new ExcelReportRenderer().render(report.withTables(java.util.List.of()),
                new ExcelTemplate("test.xlsx", template.toByteArray()), messages, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
