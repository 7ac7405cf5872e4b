package com.winccreports.render.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.winccreports.render.ReportMessages;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.demo.DemoReportOptions;
import com.winccreports.report.demo.DemoShiftReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExcelSheetSplitTest {

    private static final Path TEMPLATES = Path.of("report-templates");

    @Test
    void aTableLongerThanTheRowLimitContinuesOnNumberedSheetsWithoutLosingARow() throws Exception {
        ShiftReport full = DemoShiftReports.create(DemoReportOptions.defaults().withRawRows(1_000));
        ShiftReport report = full.withTables(java.util.List.of(full.table("raw").orElseThrow()));
        int limit = 300;

        ExcelRenderSummary summary;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summary = new ExcelReportRenderer(ExcelRenderOptions.defaults().withRowLimit(limit)).render(report,
                ExcelTemplate.load(TEMPLATES.resolve("shift-report.xlsx")),
                ReportMessages.load(TEMPLATES, Locale.ENGLISH), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            int expectedSheets = (int) Math.ceil(1_000.0 / (limit - 1));
            assertThat(summary.sheets()).contains("Raw values", "Raw values (2)", "Raw values (" + expectedSheets + ")")
                    .doesNotContain("Raw values (" + (expectedSheets + 1) + ")");
            long rows = 0;
            for (int n = 1; n <= expectedSheets; n++) {
                Sheet sheet = workbook.getSheet(n == 1 ? "Raw values" : "Raw values (" + n + ")");
                assertThat(sheet.getLastRowNum() + 1).isLessThanOrEqualTo(limit);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Time");
                rows += sheet.getLastRowNum();
            }
            assertThat(rows).isEqualTo(1_000);
            Instant firstOfSecondSheet = report.period().from().toInstant().plusSeconds(limit - 1);
            assertThat(workbook.getSheet("Raw values (2)").getRow(1).getCell(0).getLocalDateTimeCellValue())
                    .isEqualTo(firstOfSecondSheet.atZone(ZoneId.of("Europe/Berlin")).toLocalDateTime());
        }
    }

    @Test
    void rowLimitMustFitExcel() {
        assertThatThrownBy(() -> ExcelRenderOptions.defaults().withRowLimit(1_048_577))
                .hasMessageContaining("1048576");
        assertThatThrownBy(() -> ExcelRenderOptions.defaults().withRowLimit(1)).hasMessageContaining("rowLimit");
    }
}
