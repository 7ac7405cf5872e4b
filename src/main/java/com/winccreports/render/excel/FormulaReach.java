package com.winccreports.render.excel;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.ptg.AreaPtgBase;
import org.apache.poi.ss.formula.ptg.OperandPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Pxg;
import org.apache.poi.ss.formula.ptg.RefPtgBase;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Which cells a template's formulas read. A table region can only be streamed when its formulas read their own
 * row and nothing else reads the rows it fills: a streamed row is gone from memory once written, so a formula
 * reading it could not be given its result.
 */
final class FormulaReach {

    /** {@code First:Last!}: a reference over a span of sheets. */
    private static final Pattern SHEET_SPAN = Pattern.compile(":[^!(),;:\\s+*/^&=<>-]*!");

    private final XSSFWorkbook workbook;
    private final XSSFEvaluationWorkbook book;

    FormulaReach(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.book = XSSFEvaluationWorkbook.create(workbook);
    }

    /** True when {@code formula}, written in {@code row} of {@code sheet}, reads no cell outside that row. */
    boolean readsOnlyRow(Sheet sheet, int row, String formula) {
        Ptg[] ptgs = parse(formula, sheet, row);
        if (ptgs == null) {
            return false;
        }
        for (Ptg ptg : ptgs) {
            if (ptg instanceof Pxg) {
                return false;
            } else if (ptg instanceof RefPtgBase ref && ref.getRow() != row) {
                return false;
            } else if (ptg instanceof AreaPtgBase area && (area.getFirstRow() != row || area.getLastRow() != row)) {
                return false;
            } else if (ptg instanceof OperandPtg && !(ptg instanceof RefPtgBase) && !(ptg instanceof AreaPtgBase)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a formula outside {@code template} (or a defined name) may read rows of {@code sheet} at or below
     * {@code first}. An auto-filter's hidden name ({@code _xlnm._FilterDatabase}) only marks the filtered range and
     * reads no value; a streamed region grows the filter with its rows ({@link StreamedRegion}).
     */
    boolean anyOtherReads(Sheet sheet, int first, Row template) {
        for (Name name : workbook.getAllNames()) {
            if (XSSFName.BUILTIN_FILTER_DB.equalsIgnoreCase(name.getNameName())) {
                continue;
            }
            String refers = name.getRefersToFormula();
            if (refers != null && refers.contains(sheet.getSheetName())) {
                return true;
            }
        }
        for (Sheet s : workbook) {
            for (Row row : s) {
                if (row == template) {
                    continue;
                }
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA && reaches(cell, sheet, first)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean reaches(Cell cell, Sheet target, int first) {
        if (cell.getSheet() != target && !names(cell.getCellFormula(), target)) {
            return false;   // parsing is the cost: a formula on another sheet reads this one only by its name
        }
        Ptg[] ptgs = parse(cell.getCellFormula(), cell.getSheet(), cell.getRowIndex());
        if (ptgs == null) {
            return true;
        }
        for (Ptg ptg : ptgs) {
            boolean onTarget = ptg instanceof Pxg pxg ? target.getSheetName().equals(pxg.getSheetName())
                    : cell.getSheet() == target;
            if (!onTarget) {
                continue;
            }
            if (ptg instanceof RefPtgBase ref && ref.getRow() >= first
                    || ptg instanceof AreaPtgBase area && area.getLastRow() >= first) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code formula} may name {@code sheet}: its name (as typed, or quoted with doubled apostrophes),
     * or a reference over several sheets ({@code Jan:Mar!B2}), which may span it.
     */
    private static boolean names(String formula, Sheet sheet) {
        if (formula.indexOf('!') < 0) {
            return false;
        }
        String text = formula.toLowerCase(Locale.ROOT);
        String name = sheet.getSheetName().toLowerCase(Locale.ROOT);
        return text.contains(name) || text.contains(name.replace("'", "''")) || SHEET_SPAN.matcher(text).find();
    }

    /** The parsed formula, or null when POI cannot parse it (then it is treated as reading anything). */
    private Ptg[] parse(String formula, Sheet sheet, int row) {
        try {
            return FormulaParser.parse(formula, book, FormulaType.CELL, workbook.getSheetIndex(sheet), row);
        } catch (FormulaParseException | IllegalStateException e) {
            return null;
        }
    }
}
