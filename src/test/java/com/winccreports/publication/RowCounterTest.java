package com.winccreports.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.publication.PackageFile.RowCount;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Rows of CSV and XLSX files counted from their bytes, as POI and a CSV reader would see them. */
class RowCounterTest {

    @Test
    void csvRecordsCountTheHeaderAndKeepQuotedLineBreaksInsideTheirField() throws IOException {
        String csv = "timestamp,tag,value,note\r\n"
                + "2026-11-24T05:00:00Z,L1.Temperature,72.5,\"first\r\nsecond line\"\r\n"
                + "2026-11-24T05:00:01Z,L1.Temperature,72.6,\"a \"\"quoted\"\" word\"\r\n"
                + "2026-11-24T05:00:02Z,L1.Temperature,72.7,";

        assertThat(count("export.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .containsExactly(new RowCount(null, 4));
        assertThat(count("export.csv", (csv + "\r\n").getBytes(StandardCharsets.UTF_8)))
                .containsExactly(new RowCount(null, 4));
        assertThat(count("empty.csv", new byte[0])).containsExactly(new RowCount(null, 0));
    }

    @Test
    void xlsxRowsPerSheetInWorkbookOrderFromAStreamedAndAWholeWorkbook() throws IOException {
        try (SXSSFWorkbook streamed = new SXSSFWorkbook(100)) {
            fill(streamed, "Data", 1_441);
            fill(streamed, "Summary", 12);
            streamed.createSheet("Empty");
            assertThat(count("export.xlsx", bytes(streamed))).containsExactly(new RowCount("Data", 1_441),
                    new RowCount("Summary", 12), new RowCount("Empty", 0));
        }
        try (XSSFWorkbook whole = new XSSFWorkbook()) {
            fill(whole, "Report", 7);
            whole.getSheet("Report").createRow(20); // a row without cells is not counted
            assertThat(count("report.xlsx", bytes(whole))).containsExactly(new RowCount("Report", 7));
        }
    }

    @Test
    void filesWithoutRowsAndBytesThatAreNoWorkbookHaveNoCount() throws IOException {
        assertThat(count("report.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(count("report.xlsx", "not a workbook".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(RowCounter.counts("A.CSV")).isTrue();
        assertThat(RowCounter.counts("a.pdf")).isFalse();
    }

    private static List<RowCount> count(String name, byte[] content) throws IOException {
        return RowCounter.count(name, new ByteArrayInputStream(content));
    }

    private static void fill(Workbook workbook, String sheetName, int rows) {
        Sheet sheet = workbook.createSheet(sheetName);
        for (int r = 0; r < rows; r++) {
            sheet.createRow(r).createCell(r % 3).setCellValue(r);
        }
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
