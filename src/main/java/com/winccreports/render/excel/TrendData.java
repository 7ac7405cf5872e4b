package com.winccreports.render.excel;

import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The rows of the trend-data sheet below its header, held as columns (a number, a text or null for a blank
 * cell) until they are written: once the workbook streams (SXSSF) when the sheet had no rows but its header,
 * else in place. The charts read the same arrays ({@link ChartRange}).
 */
final class TrendData {

    private record Column(Object[] cells, CellStyle style) {
    }

    private final String sheetName;
    private final Map<Integer, Column> columns = new TreeMap<>();

    TrendData(String sheetName) {
        this.sheetName = sheetName;
    }

    String sheetName() {
        return sheetName;
    }

    /** Cells of rows {@code 1..cells.length} of {@code column}: {@link Double}, {@link String} or null. */
    void column(int column, Object[] cells, CellStyle style) {
        columns.put(column, new Column(cells, style));
    }

    /** Writes the rows onto {@code sheet}, creating those it lacks; returns the rows written. */
    int write(Sheet sheet) {
        int rows = columns.values().stream().mapToInt(c -> c.cells().length).max().orElse(0);
        for (int r = 0; r < rows; r++) {
            Row row = sheet.getRow(r + 1) != null ? sheet.getRow(r + 1) : sheet.createRow(r + 1);
            for (Map.Entry<Integer, Column> column : columns.entrySet()) {
                Object[] cells = column.getValue().cells();
                if (r < cells.length && cells[r] != null) {
                    write(row.createCell(column.getKey()), cells[r], column.getValue().style());
                }
            }
        }
        return rows;
    }

    private static void write(Cell cell, Object value, CellStyle style) {
        if (value instanceof Double number) {
            cell.setCellValue(number);
        } else {
            cell.setCellValue((String) value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
