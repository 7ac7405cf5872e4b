package com.winccreports.recordexport.write;

import com.winccreports.xlsx.NormalStyle;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An export workbook written with POI's SXSSF (a window of rows in memory, the rest streamed to a temporary file):
 * real numeric cells, UTC times as Excel date-times, units in the header, the header bold and frozen, and a further
 * sheet ({@code Values 2}, ...) whenever a sheet reaches Excel's 1,048,576 rows, header included. The workbook's
 * creation stamp is the one given (the period's end), not the clock, so the same data gives the same workbook.
 */
public final class XlsxExport implements Closeable {

    /** Rows of an Excel sheet, header included. */
    public static final int MAX_ROWS = 1_048_576;
    private static final double EXCEL_EPOCH_DAYS = 25_569;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final CellStyle headerStyle;
    private final CellStyle plainStyle;
    private final CellStyle dateStyle;
    private final int maxRows;
    private String valuesName;
    private List<String> valuesHeader;
    private SXSSFSheet sheet;
    private int sheets;
    private Row row;
    private int column;

    public XlsxExport(Instant stamp) {
        this(stamp, MAX_ROWS);
    }

    /** With a smaller sheet size, so tests can see the sheet change without a million rows. */
    XlsxExport(Instant stamp, int maxRows) {
        this.maxRows = maxRows;
        workbook.setCompressTempFiles(true);
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(Date.from(stamp)));
        NormalStyle.declare(workbook.getXSSFWorkbook());
        plainStyle = workbook.getCellStyleAt(0);
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss.000"));
    }

    /** Starts the value sheets: {@code name}, then {@code name 2}, ... each with {@code header}. */
    public void startValues(String name, List<String> header) {
        valuesName = name;
        valuesHeader = List.copyOf(header);
        sheets = 0;
        newValuesSheet();
    }

    /** Starts a row of the value sheets (on a new sheet when the current one is full). */
    public void newRow() {
        if (sheet.getLastRowNum() + 1 >= maxRows) {
            newValuesSheet();
        }
        row = sheet.createRow(sheet.getLastRowNum() + 1);
        column = 0;
    }

    /** A UTC instant as an Excel date-time (Excel has no zone: the header says UTC). */
    public void date(long millis) {
        Cell cell = row.createCell(column++);
        cell.setCellValue(millis / 86_400_000.0 + EXCEL_EPOCH_DAYS);
        cell.setCellStyle(dateStyle);
    }

    public void text(String value) {
        Cell cell = plainCell();
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        } else {
            cell.setBlank();
        }
    }

    /** A numeric cell; NaN leaves the cell empty. */
    public void number(double value) {
        Cell cell = plainCell();
        if (!Double.isNaN(value)) {
            cell.setCellValue(value);
        } else {
            cell.setBlank();
        }
    }

    /** A whole sheet of a few rows (records, alarms, tags): numbers as numbers, everything else as text. */
    public void table(String name, List<String> header, List<List<Object>> rows) {
        sheet = workbook.createSheet(name);
        header(sheet, header);
        for (List<Object> values : rows) {
            row = sheet.createRow(sheet.getLastRowNum() + 1);
            column = 0;
            for (Object value : values) {
                if (value instanceof Number n) {
                    number(n.doubleValue());
                } else {
                    text(value == null ? null : value.toString());
                }
            }
        }
    }

    /** Writes the workbook to {@code file}. */
    public void write(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    /**
     * A cell with the workbook's default style set outright (written the same: style 0 is not written). A cell
     * without a style makes POI look for its column's default style in the sheet's column definitions, cell by
     * cell — with one width per column that lookup took a third of an aligned export's publish step.
     */
    private Cell plainCell() {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(plainStyle);
        return cell;
    }

    private void newValuesSheet() {
        sheets++;
        sheet = workbook.createSheet(sheets == 1 ? valuesName : valuesName + " " + sheets);
        header(sheet, valuesHeader);
    }

    private void header(SXSSFSheet target, List<String> header) {
        Row first = target.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            Cell cell = first.createCell(i);
            cell.setCellValue(header.get(i));
            cell.setCellStyle(headerStyle);
        }
        target.createFreezePane(0, 1);
        for (int i = 0; i < header.size(); i++) {
            target.setColumnWidth(i, Math.min(255, Math.max(12, header.get(i).length() + 2)) * 256);
        }
    }
}
