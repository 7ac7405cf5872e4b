package com.winccreports.render.excel;

import java.util.Iterator;
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
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A long table region at the end of its template sheet, written after the workbook is wrapped in SXSSF
 * (rows streamed to disk) instead of being expanded in place: a month's per-shift tables then cost no
 * heap. Only plain rows qualify: the sheet's last row, every cell blank, a formula (its relative references
 * follow the row) or one known {@code ${table:...}} marker (no scalars, no ranges below to grow); other regions
 * use {@link TableRegion}. The rows are made again, one at a time, while they are written: the region holds
 * no row of its own in the meantime (charts and the other sheets are filled between take and write).
 */
final class StreamedRegion {

    /** Tables shorter than this stay in place (XSSF): a day's tables are small. */
    static final int STREAM_FROM = 100;

    private final String sheetName;
    private final int first;
    private final float height;
    private final Map<Integer, Placeholder> markers;
    private final Map<Integer, CellStyle> styles;
    private final Map<Integer, String> formulas;
    private final TableCatalog.Rows items;

    private StreamedRegion(String sheetName, int first, float height, Map<Integer, Placeholder> markers,
            Map<Integer, CellStyle> styles, Map<Integer, String> formulas, TableCatalog.Rows items) {
        this.sheetName = sheetName;
        this.first = first;
        this.height = height;
        this.markers = markers;
        this.styles = styles;
        this.formulas = formulas;
        this.items = items;
    }

    /**
     * The region to stream for {@code template}, its row removed from the sheet; null if it must stay in place.
     * The table's size decides; its rows are made when the region is written.
     */
    static StreamedRegion take(XSSFSheet sheet, Row template, TableCatalog.Rows items) {
        if (items.size() < STREAM_FROM || template.getRowNum() != sheet.getLastRowNum()) {
            return null;
        }
        Map<Integer, Placeholder> markers = new TreeMap<>();
        Map<Integer, CellStyle> styles = new TreeMap<>();
        Map<Integer, String> formulas = new TreeMap<>();
        for (Cell cell : template) {
            styles.put(cell.getColumnIndex(), cell.getCellStyle());
            if (cell.getCellType() == CellType.BLANK) {
                continue;
            }
            if (cell.getCellType() == CellType.FORMULA) {
                formulas.put(cell.getColumnIndex(), cell.getCellFormula());
                continue;
            }
            Placeholder p = Placeholder.whole(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null);
            if (p == null || p.kind() != Placeholder.Kind.TABLE || !TableCatalog.knows(p.table(), p.column())) {
                return null;
            }
            markers.put(cell.getColumnIndex(), p);
        }
        int first = template.getRowNum();
        CellRangeAddress filter = TemplateFiller.filterRange(sheet);
        if (filter != null && filter.getFirstRow() < first && filter.getLastRow() == first) {
            sheet.setAutoFilter(new CellRangeAddress(filter.getFirstRow(), first + items.size() - 1,
                    filter.getFirstColumn(), filter.getLastColumn()));
        }
        float height = template.getHeightInPoints();
        sheet.removeRow(template);
        return new StreamedRegion(sheet.getSheetName(), first, height, markers, styles, formulas, items);
    }

    /** Writes one row per item onto the streaming sheet; returns the rows written. */
    int write(SXSSFWorkbook workbook, CellWriter writer) {
        SXSSFSheet sheet = workbook.getSheet(sheetName);
        int written = 0;
        try (Stream<Map<String, Object>> rows = items.made().get()) {
            for (Iterator<Map<String, Object>> row = rows.iterator(); row.hasNext(); written++) {
                writeRow(workbook, sheet, writer, written, row.next());
            }
        }
        return written;
    }

    private void writeRow(SXSSFWorkbook workbook, SXSSFSheet sheet, CellWriter writer, int i,
            Map<String, Object> item) {
        Row row = sheet.createRow(first + i);
        row.setHeightInPoints(height);
        for (Map.Entry<Integer, CellStyle> column : styles.entrySet()) {
            Cell cell = row.createCell(column.getKey());
            cell.setCellStyle(column.getValue());
            Placeholder p = markers.get(column.getKey());
            String formula = formulas.get(column.getKey());
            if (p != null) {
                writer.write(cell, item.get(p.column()));
            } else if (formula != null) {
                cell.setCellFormula(i == 0 ? formula : shifted(workbook.getXSSFWorkbook(), formula, i));
            }
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
