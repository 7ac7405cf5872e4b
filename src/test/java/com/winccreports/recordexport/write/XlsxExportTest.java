package com.winccreports.recordexport.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxExportTest {

    private static final Instant STAMP = Instant.parse("2026-11-25T05:00:00Z");

    @Test
    void aFullSheetContinuesOnTheNextWithItsOwnFrozenHeaderAndNumbersStayNumbers(@TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("t.xlsx");
        long t0 = Instant.parse("2026-11-24T06:00:00Z").toEpochMilli();
        try (XlsxExport xlsx = new XlsxExport(STAMP, 5)) {
            xlsx.startValues("Values", List.of("time (UTC)", "value [°C]", "flags"));
            for (int i = 0; i < 10; i++) {
                xlsx.newRow();
                xlsx.date(t0 + i * 1000L);
                xlsx.number(i == 3 ? Double.NaN : i + 0.25);
                xlsx.text(i == 3 ? "gap" : "");
            }
            xlsx.write(file);
        }

        try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("Values", "Values 2", "Values 3");
            int row = 0;
            for (int s = 0; s < 3; s++) {
                Sheet sheet = book.getSheetAt(s);
                assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("value [°C]");
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(sheet.getLastRowNum()).isLessThanOrEqualTo(4);
                for (int r = 1; r <= sheet.getLastRowNum(); r++, row++) {
                    var cells = sheet.getRow(r);
                    assertThat(DateUtil.getJavaDate(cells.getCell(0).getNumericCellValue(),
                            java.util.TimeZone.getTimeZone("UTC")).toInstant())
                            .isEqualTo(Instant.ofEpochMilli(t0 + row * 1000L));
                    if (row == 3) {
                        assertThat(cells.getCell(1).getCellType()).isEqualTo(CellType.BLANK);
                        assertThat(cells.getCell(2).getStringCellValue()).isEqualTo("gap");
                    } else {
                        assertThat(cells.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                        assertThat(cells.getCell(1).getNumericCellValue()).isEqualTo(row + 0.25);
                    }
                }
            }
            assertThat(row).isEqualTo(10);
            assertThat(book.getProperties().getCoreProperties().getCreated().toInstant()).isEqualTo(STAMP);
        }
    }

    @Test
    void theSameRowsGiveTheSameBytes(@TempDir Path folder) throws Exception {
        byte[][] files = new byte[2][];
        for (int run = 0; run < 2; run++) {
            Path file = folder.resolve("t" + run + ".xlsx");
            try (XlsxExport xlsx = new XlsxExport(STAMP, 4)) {
                xlsx.startValues("Values", List.of("a", "b"));
                for (int i = 0; i < 7; i++) {
                    xlsx.newRow();
                    xlsx.number(i);
                    xlsx.text("t" + i);
                }
                xlsx.table("Tags", List.of("tag"), List.of(List.of("L1.Temperature")));
                xlsx.write(file);
            }
            files[run] = java.nio.file.Files.readAllBytes(file);
        }
        assertThat(files[1]).isEqualTo(files[0]);
    }

    @Test
    void openpyxlAndPandasReadTheWorkbookWithoutAWarning(@TempDir Path folder) {
        PythonReaders.assumeAvailable();
        Path file = folder.resolve("t.xlsx");
        try (XlsxExport xlsx = new XlsxExport(STAMP)) {
            xlsx.startValues("Values", List.of("time_utc", "L1.Temperature [°C]", "flags"));
            xlsx.newRow();
            xlsx.date(Instant.parse("2026-11-24T06:00:00Z").toEpochMilli());
            xlsx.number(72.5);
            xlsx.text("same-time");
            xlsx.table("Tags", List.of("tag", "unit"), List.of(List.of("L1.Temperature", "°C")));
            xlsx.write(file);
        }

        PythonReaders.Result read = PythonReaders.run("""
                import sys, openpyxl, pandas
                book = openpyxl.load_workbook(sys.argv[1])
                print(book["Values"]["B2"].value, book["Values"]["A2"].value.isoformat())
                frame = pandas.read_excel(sys.argv[1], sheet_name="Values")
                print(frame.iloc[0, 1], frame.columns[1])
                """, file.toString());

        assertThat(read.exit()).as(read.output()).isZero();
        assertThat(read.output().lines()).containsExactly("72.5 2026-11-24T06:00:00", "72.5 L1.Temperature [°C]");
    }
}
