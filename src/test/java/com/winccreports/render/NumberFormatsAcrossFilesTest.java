package com.winccreports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * One number format per unit, shared by Excel and PDF: the text Excel shows for a cell in the catalog's pattern
 * (POI's {@link DataFormatter} emulates it) is the text the PDF prints.
 */
class NumberFormatsAcrossFilesTest {

    @Test
    void excelShowsWhatThePdfPrintsForEveryPatternAndLanguage() throws Exception {
        List<String> patterns = List.of(NumberPatterns.COUNT, NumberPatterns.RATIO, NumberPatterns.SHARE,
                NumberPatterns.MINUTES, NumberPatterns.HOURS, NumberPatterns.INDEX, NumberPatterns.DECIMAL,
                NumberPatterns.DATA, "#,##0.0", "#,##0.000", "#,##0.0000", "0");
        double[] values = {0, 1, 13, 325, 16_220, 0.6622071566, 0.9999, 1.0312, 2.675, 409_441.135, -0.25, 0.016008};
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            ReportFormats pdf = new ReportFormats(ReportMessages.load(Path.of("report-templates"), locale),
                    ZoneId.of("Europe/Berlin"));
            DataFormatter excel = new DataFormatter(locale);
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                var row = workbook.createSheet().createRow(0);
                for (String pattern : patterns) {
                    var style = workbook.createCellStyle();
                    style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
                    for (double value : values) {
                        var cell = row.createCell(0);
                        cell.setCellValue(value);
                        cell.setCellStyle(style);
                        assertThat(pdf.format(value, pattern)).as("%s in %s, %s", value, pattern, locale)
                                .isEqualTo(excel.formatCellValue(cell));
                    }
                }
            }
        }
    }
}
