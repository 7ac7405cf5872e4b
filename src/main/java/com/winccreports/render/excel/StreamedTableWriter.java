package com.winccreports.render.excel;

import com.winccreports.render.NumberPatterns;
import com.winccreports.render.ReportFormats;
import com.winccreports.render.ReportMessages;
import com.winccreports.report.ColumnType;
import com.winccreports.report.DataTable;
import com.winccreports.report.RowSink;
import com.winccreports.report.TableColumn;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams a {@link DataTable} onto sheets of its own with SXSSF: constant memory whatever the row count,
 * a new sheet ({@code Title (2)}, …) whenever {@code rowLimit} rows (header included) are reached, each
 * sheet with a frozen header and an auto-filter. Timestamps become two columns: local time in the site
 * zone and its UTC offset, so the repeated hour of the autumn clock change stays unambiguous.
 */
final class StreamedTableWriter implements RowSink {

    private final SXSSFWorkbook workbook;
    private final DataTable table;
    private final int rowLimit;
    private final ZoneId zone;
    private final ReportMessages messages;
    private final Map<Integer, String> offsets = new HashMap<>();
    private final CellStyle header;
    private final CellStyle[] styles;
    private final List<String> sheetNames = new ArrayList<>();
    private String base;
    private SXSSFSheet sheet;
    private int rowInSheet;
    private int width;
    private long rows;

    StreamedTableWriter(SXSSFWorkbook workbook, DataTable table, int rowLimit, ZoneId zone, ReportMessages messages) {
        this.workbook = workbook;
        this.table = table;
        this.rowLimit = rowLimit;
        this.zone = zone;
        this.messages = messages;
        this.header = headerStyle(workbook);
        this.styles = table.columns().stream().map(c -> style(workbook, c.type(), messages)).toArray(CellStyle[]::new);
    }

    /** Streams the whole table; returns the data rows written. */
    long write() throws IOException {
        newSheet();
        table.rows().forEachRow(this);
        finishSheet();
        return rows;
    }

    List<String> sheetNames() {
        return sheetNames;
    }

    @Override
    public void row(Object[] cells) {
        if (rowInSheet >= rowLimit) {
            finishSheet();
            newSheet();
        }
        Row row = sheet.createRow(rowInSheet++);
        int column = 0;
        for (int i = 0; i < styles.length; i++) {
            Object value = i < cells.length ? cells[i] : null;
            if (table.columns().get(i).type() == ColumnType.TIMESTAMP) {
                writeTime(row, column, (Instant) value, styles[i]);
                column += 2;
            } else {
                writeValue(row.createCell(column++), value, table.columns().get(i).type(), styles[i]);
            }
        }
        rows++;
    }

    private void writeTime(Row row, int column, Instant time, CellStyle style) {
        if (time == null) {
            return;
        }
        ZoneOffset offset = zone.getRules().getOffset(time);
        Cell cell = row.createCell(column);
        cell.setCellValue(LocalDateTime.ofEpochSecond(time.getEpochSecond(), time.getNano(), offset));
        cell.setCellStyle(style);
        row.createCell(column + 1).setCellValue(offsets.computeIfAbsent(offset.getTotalSeconds(),
                s -> ReportFormats.offset(offset)));
    }

    private static void writeValue(Cell cell, Object value, ColumnType type, CellStyle style) {
        if (value == null || value instanceof Double d && d.isNaN()) {
            return;
        }
        if (value instanceof Number number) {
            cell.setCellValue(type == ColumnType.PERCENT ? number.doubleValue() / 100 : number.doubleValue());
            cell.setCellStyle(style);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private void newSheet() {
        if (base == null) {
            base = sheetBase();
        }
        String name = sheetNames.isEmpty() ? base : base + " (" + (sheetNames.size() + 1) + ")";
        sheet = workbook.createSheet(name);
        sheetNames.add(name);
        Row row = sheet.createRow(0);
        int column = 0;
        for (TableColumn c : table.columns()) {
            String text = c.unit().isEmpty() ? c.header() : c.header() + " [" + c.unit() + "]";
            headerCell(row, column++, text);
            if (c.type() == ColumnType.TIMESTAMP) {
                sheet.setColumnWidth(column - 1, 20 * 256);
                headerCell(row, column++, messages.get("column.offset"));
            } else {
                sheet.setColumnWidth(column - 1, Math.max(12, Math.min(text.length() + 4, 40)) * 256);
            }
        }
        width = column;
        sheet.createFreezePane(0, 1);
        rowInSheet = 1;
    }

    private void finishSheet() {
        sheet.setAutoFilter(new CellRangeAddress(0, rowInSheet - 1, 0, width - 1));
    }

    private String sheetBase() {
        String base = table.title().replaceAll("[\\\\/?*\\[\\]:]", "-");
        int room = 31 - " (9999)".length();
        base = base.length() > room ? base.substring(0, room) : base;
        String candidate = base;
        for (int n = 2; workbook.getSheet(candidate) != null; n++) {
            candidate = base.substring(0, Math.min(base.length(), room - 3)) + "~" + n;
        }
        return candidate;
    }

    private void headerCell(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(header);
    }

    private static CellStyle headerStyle(SXSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        return style;
    }

    private static CellStyle style(SXSSFWorkbook workbook, ColumnType type, ReportMessages messages) {
        CellStyle style = workbook.createCellStyle();
        String format = switch (type) {
            case TIMESTAMP -> messages.get("excel.dateTimeSeconds");
            case PERCENT -> NumberPatterns.SHARE;
            case INTEGER -> NumberPatterns.COUNT;
            case NUMBER -> NumberPatterns.DATA;
            case TEXT -> "@";
        };
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
