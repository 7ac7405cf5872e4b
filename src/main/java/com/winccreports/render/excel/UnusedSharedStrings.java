package com.winccreports.render.excel;

import java.util.BitSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Empties the shared strings no cell uses any more. A filled placeholder gets a new string, but POI keeps the
 * template's {@code ${…}} text in the shared-string table, where anyone who opens the file's XML — an auditor,
 * a search tool — still finds it. The entries are emptied, not removed, so no cell's index changes. Run on the
 * filled workbook before it is wrapped for streaming (streamed rows write inline strings, never the table).
 */
final class UnusedSharedStrings {

    private UnusedSharedStrings() {
    }

    /** Empties every entry of {@code workbook}'s shared-string table that no cell refers to. */
    static void empty(XSSFWorkbook workbook) {
        SharedStringsTable table = workbook.getSharedStringSource();
        if (table == null) {
            return;
        }
        BitSet used = new BitSet(table.getUniqueCount());
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    var ct = ((XSSFCell) cell).getCTCell();
                    if (ct.getT() == STCellType.S && ct.isSetV()) {
                        used.set(Integer.parseInt(ct.getV()));
                    }
                }
            }
        }
        for (int i = used.nextClearBit(0); i < table.getUniqueCount(); i = used.nextClearBit(i + 1)) {
            CTRst text = ((XSSFRichTextString) table.getItemAt(i)).getCTRst();
            text.setRArray(null);
            text.setT("");
        }
    }
}
