package com.winccreports.render.excel;

import com.winccreports.render.CellValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaRenderer;
import org.apache.poi.ss.formula.FormulaShifter;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A long table region at the end of its template sheet, written after the workbook is wrapped in SXSSF
 * (rows streamed to disk) instead of being expanded in place: a month's per-shift tables then cost no
 * heap. Only plain rows qualify: every cell blank, a formula that reads its own row only, or one known
 * {@code ${table:...}} marker; and no formula elsewhere in the workbook may read the rows the region will fill
 * (it could not be computed once they are streamed). Rows below it (a legend, a note) may stay when they are
 * plain too: values and styles only, no formula, marker, text with formatted runs, merged cell, comment, link,
 * validation, conditional format or drawing; they are filled in place, held as values and streamed after the table
 * ({@link #takeTail}). Other regions use {@link TableRegion}. Each row's formulas get their result as they are
 * written ({@link FormulaResults}).
 */
final class StreamedRegion {

    private final String sheetName;
    private final int first;
    private final float height;
    private final Map<Integer, Placeholder> markers;
    private final Map<Integer, CellStyle> styles;
    private final Map<Integer, String> formulas;
    private final TableRows items;
    private final List<TailRow> tail = new ArrayList<>();

    /** A plain row below the table, held until the table's rows are streamed. */
    private record TailRow(int offset, float height, CellStyle rowStyle, List<TailCell> cells) {
    }

    /** A cell of a {@link TailRow}: its value a text, a number, a boolean or null (blank). */
    private record TailCell(int column, CellStyle style, Object value) {
    }

    private StreamedRegion(String sheetName, int first, float height, Map<Integer, Placeholder> markers,
            Map<Integer, CellStyle> styles, Map<Integer, String> formulas, TableRows items) {
        this.sheetName = sheetName;
        this.first = first;
        this.height = height;
        this.markers = markers;
        this.styles = styles;
        this.formulas = formulas;
        this.items = items;
    }

    /**
     * The region to stream for {@code template}, its row removed from the sheet; null if it must stay in place
     * (among others: fewer than {@code streamFrom} rows).
     */
    static StreamedRegion take(XSSFSheet sheet, Row template, Map<Integer, Placeholder> markers, TableRows items,
            int streamFrom) {
        if (items.size() < streamFrom || !plainBelow(sheet, template.getRowNum())) {
            return null;
        }
        Map<Integer, CellStyle> styles = new TreeMap<>();
        Map<Integer, String> formulas = new TreeMap<>();
        for (Cell cell : template) {
            styles.put(cell.getColumnIndex(), cell.getCellStyle());
            if (cell.getCellType() == CellType.FORMULA) {
                formulas.put(cell.getColumnIndex(), cell.getCellFormula());
            } else if (cell.getCellType() != CellType.BLANK && !markers.containsKey(cell.getColumnIndex())) {
                return null;
            }
        }
        FormulaReach reach = new FormulaReach(sheet.getWorkbook());
        int first = template.getRowNum();
        if (!formulas.values().stream().allMatch(f -> reach.readsOnlyRow(sheet, first, f))
                || reach.anyOtherReads(sheet, first, template)) {
            return null;
        }
        CellRangeAddress filter = TemplateFiller.filterRange(sheet);
        if (filter != null && filter.getFirstRow() < first && filter.getLastRow() == first) {
            sheet.setAutoFilter(new CellRangeAddress(filter.getFirstRow(), first + items.size() - 1,
                    filter.getFirstColumn(), filter.getLastColumn()));
        }
        float height = template.getHeightInPoints();
        sheet.removeRow(template);
        return new StreamedRegion(sheet.getSheetName(), first, height, markers, styles, formulas, items);
    }

    String sheetName() {
        return sheetName;
    }

    /**
     * Whether the rows below {@code first} may follow a streamed table: values and styles only. In place, such
     * rows move down with the table; here they are held and written after it, so nothing that names their
     * position (a merged range, a comment, a link, a validation, a conditional format, a drawing) may refer to
     * them.
     */
    private static boolean plainBelow(XSSFSheet sheet, int first) {
        if (first == sheet.getLastRowNum()) {
            return true;
        }
        if (sheet.getCTWorksheet().isSetDrawing() || sheet.getCTWorksheet().isSetLegacyDrawing()
                || !sheet.getHyperlinkList().isEmpty()
                || sheet.getMergedRegions().stream().anyMatch(range -> range.getLastRow() > first)
                || sheet.getDataValidations().stream().anyMatch(v -> Arrays.stream(
                        v.getRegions().getCellRangeAddresses()).anyMatch(range -> range.getLastRow() > first))) {
            return false;
        }
        var formats = sheet.getSheetConditionalFormatting();
        for (int i = 0; i < formats.getNumConditionalFormattings(); i++) {
            if (Arrays.stream(formats.getConditionalFormattingAt(i).getFormattingRanges())
                    .anyMatch(range -> range.getLastRow() > first)) {
                return false;
            }
        }
        for (int r = first + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            for (Cell cell : row == null ? List.<Cell>of() : row) {
                if (cell.getCellType() == CellType.FORMULA || cell.getCellComment() != null
                        || cell.getCellType() == CellType.STRING && (cell.getStringCellValue().contains("${table:")
                                || cell.getStringCellValue().contains("${chart:")
                                || cell.getRichStringCellValue().numFormattingRuns() > 0)) {
                    return false;   // a streamed text has no runs (SXSSF writes it plain)
                }
            }
        }
        return true;
    }

    /**
     * Takes the rows below the table, filled by now, off the sheet: they are written after the table's rows. A
     * no-op when the table ends its sheet.
     */
    void takeTail(XSSFSheet sheet) {
        for (int r = first + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            List<TailCell> cells = new ArrayList<>();
            for (Cell cell : row) {
                Object value = switch (cell.getCellType()) {
                    case STRING -> cell.getStringCellValue();
                    case NUMERIC -> cell.getNumericCellValue();
                    case BOOLEAN -> cell.getBooleanCellValue();
                    default -> null;
                };
                cells.add(new TailCell(cell.getColumnIndex(), cell.getCellStyle(), value));
            }
            tail.add(new TailRow(r - first, ((XSSFRow) row).getCTRow().isSetHt() ? row.getHeightInPoints() : -1,
                    row.isFormatted() ? row.getRowStyle() : null, cells));
        }
        for (int r = sheet.getLastRowNum(); r > first; r--) {
            Row row = sheet.getRow(r);
            if (row != null) {
                sheet.removeRow(row);
            }
        }
    }

    /** Writes one row per item onto the streaming sheet, then the rows below it; returns the table rows written. */
    int write(SXSSFWorkbook workbook, CellWriter writer, FormulaResults results) {
        SXSSFSheet sheet = workbook.getSheet(sheetName);
        int written = 0;
        try (Stream<Map<String, CellValue>> rows = items.made().get()) {
            for (Iterator<Map<String, CellValue>> row = rows.iterator(); row.hasNext(); written++) {
                writeRow(workbook, sheet, writer, results, written, row.next());
            }
        }
        int below = first + Math.max(written, 1) - 1;
        for (TailRow held : tail) {
            Row row = sheet.createRow(below + held.offset());
            if (held.height() >= 0) {
                row.setHeightInPoints(held.height());
            }
            if (held.rowStyle() != null) {
                row.setRowStyle(held.rowStyle());
            }
            for (TailCell cell : held.cells()) {
                Cell target = row.createCell(cell.column());
                target.setCellStyle(cell.style());
                if (cell.value() instanceof String text) {
                    target.setCellValue(text);
                } else if (cell.value() instanceof Double number) {
                    target.setCellValue(number);
                } else if (cell.value() instanceof Boolean flag) {
                    target.setCellValue(flag);
                }
            }
        }
        return written;
    }

    private void writeRow(SXSSFWorkbook workbook, SXSSFSheet sheet, CellWriter writer, FormulaResults results,
            int i, Map<String, CellValue> item) {
        Row row = sheet.createRow(first + i);
        row.setHeightInPoints(height);
        for (Map.Entry<Integer, CellStyle> column : styles.entrySet()) {
            Cell cell = row.createCell(column.getKey());
            cell.setCellStyle(column.getValue());
            Placeholder p = markers.get(column.getKey());
            if (p != null) {
                writer.write(cell, item.getOrDefault(p.column(), CellValue.MISSING));
            }
        }
        for (Map.Entry<Integer, String> formula : formulas.entrySet()) {
            Cell cell = row.getCell(formula.getKey());
            String text = formula.getValue();
            cell.setCellFormula(i == 0 ? text : shifted(workbook.getXSSFWorkbook(), text, i));
            results.computeInRow(cell);
        }
    }

    /** The template row's formula as in row {@code first + offset}: relative references follow the row. */
    private String shifted(XSSFWorkbook workbook, String formula, int offset) {
        int sheet = workbook.getSheetIndex(sheetName);
        XSSFEvaluationWorkbook book = XSSFEvaluationWorkbook.create(workbook);
        Ptg[] ptgs = FormulaParser.parse(formula, book, FormulaType.CELL, sheet, first);
        FormulaShifter.createForRowCopy(sheet, sheetName, first, first, offset, SpreadsheetVersion.EXCEL2007)
                .adjustFormula(ptgs, sheet);
        return FormulaRenderer.toFormulaString(book, ptgs);
    }
}
