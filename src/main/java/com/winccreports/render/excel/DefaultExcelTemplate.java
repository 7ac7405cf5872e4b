package com.winccreports.render.excel;

import com.winccreports.xlsx.NormalStyle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the product's default {@code report-templates/shift-report.xlsx}, so the committed template is
 * reproducible from code; a plant then edits its copy in Excel. Cells starting with {@code =} become
 * formulas; a number format before a {@code |} ({@code #,##0|=SUM(C2:C2)}) is the cell's format (placeholder
 * cells get theirs from the column catalog).
 */
public final class DefaultExcelTemplate {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle title;
    private final CellStyle label;
    private final CellStyle header;
    private final java.util.Map<String, CellStyle> formats = new java.util.HashMap<>();
    private XSSFSheet sheet;
    private int row;

    private DefaultExcelTemplate() {
        title = font(16);
        label = font(0);
        header = headerStyle();
    }

    /** The default template in memory, for a job whose home folder has no {@code .xlsx} template. */
    public static ExcelTemplate inMemory() throws IOException {
        DefaultExcelTemplate template = new DefaultExcelTemplate();
        template.build();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        template.workbook.write(out);
        template.workbook.close();
        return new ExcelTemplate("built-in default template", out.toByteArray());
    }

    public static void write(Path target) throws IOException {
        DefaultExcelTemplate template = new DefaultExcelTemplate();
        template.build();
        try (OutputStream out = Files.newOutputStream(target)) {
            template.workbook.write(out);
        }
        template.workbook.close();
    }

    private void build() {
        NormalStyle.declare(workbook);
        DefaultTemplateSheets sheets = new DefaultTemplateSheets(this);
        sheets.report();
        sheets.kpis();
        sheets.statistics();
        sheets.counters();
        sheets.states();
        sheets.downtime();
        sheets.batches();
        sheets.alarms();
        sheets.quality();
        sheets.formulas();
        sheets.charts();
    }

    void sheet(String name, int... widths) {
        sheet = workbook.createSheet(name);
        row = 0;
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    void title(String text) {
        cells(title, text);
        row++;
    }

    /** A label/value row, e.g. {@code ${label.cover.site}} | {@code ${site}}. */
    void pair(String labelText, String... values) {
        XSSFRow r = sheet.createRow(row++);
        put(r, 0, labelText, label);
        for (int i = 0; i < values.length; i++) {
            put(r, i + 1, values[i], null);
        }
    }

    /** A header row; with {@code filter} the auto-filter covers it and the next (template) row. */
    void header(boolean freeze, boolean filter, String... texts) {
        cells(header, texts);
        if (freeze) {
            sheet.createFreezePane(0, row);
        }
        if (filter) {
            sheet.setAutoFilter(new CellRangeAddress(row - 1, row, 0, texts.length - 1));
        }
    }

    void cells(String... texts) {
        cells(null, texts);
    }

    void blank() {
        row++;
    }

    /** 1-based number of the row the next call writes, for formulas over a template row. */
    int nextRow() {
        return row + 1;
    }

    private void cells(CellStyle style, String... texts) {
        XSSFRow r = sheet.createRow(row++);
        for (int i = 0; i < texts.length; i++) {
            put(r, i, texts[i], style);
        }
    }

    private void put(XSSFRow r, int column, String text, CellStyle style) {
        if (text == null || text.isEmpty()) {
            return;
        }
        XSSFCell cell = r.createCell(column);
        String content = text;
        CellStyle chosen = style;
        int bar = text.indexOf("|=");
        if (bar > 0) {
            chosen = formats.computeIfAbsent(text.substring(0, bar), this::format);
            content = text.substring(bar + 1);
        }
        if (content.startsWith("=")) {
            cell.setCellFormula(content.substring(1));
        } else {
            cell.setCellValue(content);
        }
        if (chosen != null) {
            cell.setCellStyle(chosen);
        }
    }

    private CellStyle font(int size) {
        CellStyle style = workbook.createCellStyle();
        XSSFFont font = workbook.createFont();
        font.setBold(true);
        if (size > 0) {
            font.setFontHeightInPoints((short) size);
            font.setColor(IndexedColors.DARK_BLUE.getIndex());
        }
        style.setFont(font);
        return style;
    }

    private CellStyle headerStyle() {
        CellStyle style = workbook.createCellStyle();
        XSSFFont font = workbook.createFont();
        font.setBold(true);
        font.setColor(IndexedColors.WHITE.getIndex());
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setWrapText(true);
        return style;
    }

    private CellStyle format(String code) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(code));
        return style;
    }
}
