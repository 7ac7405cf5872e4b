package com.winccreports.render.excel;

import com.winccreports.render.CellValue;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellCopyPolicy;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One table region: a template row that becomes one row per item. Rows below move down; formulas copied
 * from the template row follow their row; below the table, a range over just the template row
 * ({@code SUM(C5:C5)}) grows to cover the whole table, and so does an auto-filter that covered it.
 */
final class TableRegion {

    private static final Pattern AREA = Pattern.compile("(\\$?[A-Z]{1,3}\\$?)(\\d+):(\\$?[A-Z]{1,3}\\$?)(\\d+)");

    private final XSSFSheet sheet;
    private final Row template;
    private final String table;
    private final Map<Integer, Placeholder> markers;
    private final List<Map<String, CellValue>> items;
    private final TemplateFiller filler;

    TableRegion(XSSFSheet sheet, Row template, String table, Map<Integer, Placeholder> markers,
            List<Map<String, CellValue>> items, TemplateFiller filler) {
        this.sheet = sheet;
        this.template = template;
        this.table = table;
        this.markers = markers;
        this.items = items;
        this.filler = filler;
    }

    /** Expands the region and returns how many rows it now occupies (at least 1). */
    int expand() {
        int first = template.getRowNum();
        int count = items.size();
        if (count == 0) {
            clearMarkers();
            return 1;
        }
        blankMarkers();
        if (count > 1 && first < sheet.getLastRowNum()) {
            sheet.shiftRows(first + 1, sheet.getLastRowNum(), count - 1, true, false);
        }
        CellCopyPolicy policy = new CellCopyPolicy.Builder().cellStyle(true).cellValue(true).cellFormula(true)
                .rowHeight(true).mergedRegions(false).build();
        for (int i = count - 1; i >= 1; i--) {
            XSSFRow copy = sheet.createRow(first + i);
            copy.copyRowFrom(template, policy);
        }
        for (int i = 0; i < count; i++) {
            filler.fillTableRow(sheet.getRow(first + i), markers, items.get(i));
        }
        if (count > 1) {
            growRangesBelow(first, count);
            growAutoFilter(first, count);
        }
        return count;
    }

    /**
     * Blanks the template's table markers before the row is copied: copying a marker string per row costs a
     * shared-string lookup (POI serialises the text to XML for its key) only for the value to be overwritten.
     */
    private void blankMarkers() {
        markers.keySet().forEach(column -> template.getCell(column).setBlank());
    }

    private void clearMarkers() {
        for (Cell cell : template) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("${table:" + table)) {
                cell.setBlank();
            }
        }
    }

    private void growRangesBelow(int first, int count) {
        String templateRow = Integer.toString(first + 1);
        String lastRow = Integer.toString(first + count);
        for (int r = first + count; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA) {
                    cell.setCellFormula(grow(cell.getCellFormula(), templateRow, lastRow));
                }
            }
        }
    }

    static String grow(String formula, String templateRow, String lastRow) {
        Matcher m = AREA.matcher(formula);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = m.group(2).equals(templateRow) && m.group(4).equals(templateRow)
                    ? m.group(1) + m.group(2) + ":" + m.group(3) + lastRow : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private void growAutoFilter(int first, int count) {
        CellRangeAddress filter = TemplateFiller.filterRange(sheet);
        if (filter != null && filter.getFirstRow() < first && filter.getLastRow() == first) {
            sheet.setAutoFilter(new CellRangeAddress(filter.getFirstRow(), first + count - 1,
                    filter.getFirstColumn(), filter.getLastColumn()));
        }
    }
}
