package com.winccreports.render.excel;

import com.winccreports.render.CellValue;
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
 * heap. Only plain rows qualify: the sheet's last row, every cell blank, a formula that reads its own row
 * only, or one known {@code ${table:...}} marker; and no formula elsewhere in the workbook may read the rows
 * the region will fill (it could not be computed once they are streamed). Other regions use
 * {@link TableRegion}. Each row's formulas get their result as they are written ({@link FormulaResults}).
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
    private final TableRows items;

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

    /** The region to stream for {@code template}, its row removed from the sheet; null if it must stay in place. */
    static StreamedRegion take(XSSFSheet sheet, Row template, Map<Integer, Placeholder> markers, TableRows items) {
        if (items.size() < STREAM_FROM || template.getRowNum() != sheet.getLastRowNum()) {
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

    /** Writes one row per item onto the streaming sheet; returns the rows written. */
    int write(SXSSFWorkbook workbook, CellWriter writer, FormulaResults results) {
        SXSSFSheet sheet = workbook.getSheet(sheetName);
        int written = 0;
        try (Stream<Map<String, CellValue>> rows = items.made().get()) {
            for (Iterator<Map<String, CellValue>> row = rows.iterator(); row.hasNext(); written++) {
                writeRow(workbook, sheet, writer, results, written, row.next());
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
