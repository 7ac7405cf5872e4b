package com.winccreports.render.excel;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.formula.eval.NotImplementedException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFFormulaEvaluator;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes every formula with its result, computed by the product, so readers that do not recalculate (openpyxl,
 * pandas, mail and file-manager previews) show the numbers. The template's sheets are computed in place before
 * the workbook streams; a streamed row's formulas (which read their own row only, see {@link StreamedRegion})
 * while the row is still in memory, where a value set on a formula cell is kept as its cached result. A formula
 * that cannot be computed, or computes to an error value, is reported.
 */
final class FormulaResults {

    private final List<String> problems = new ArrayList<>();
    private FormulaEvaluator streaming;

    /** Computes every formula of the filled template sheets. */
    void computeAll(XSSFWorkbook workbook) {
        XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        compute(evaluator, cell);
                    }
                }
            }
        }
    }

    /** Prepares computing streamed rows, once the workbook is wrapped in SXSSF. */
    void streaming(SXSSFWorkbook workbook) {
        streaming = new SXSSFFormulaEvaluator(workbook);
    }

    /** Computes a formula of a row that is still in memory. */
    void computeInRow(Cell cell) {
        compute(streaming, cell);
    }

    private void compute(FormulaEvaluator evaluator, Cell cell) {
        try {
            CellType type = evaluator.evaluateFormulaCell(cell);
            if (type == CellType.ERROR) {
                problems.add(TemplateFiller.where(cell) + ": formula =" + cell.getCellFormula() + " gives "
                        + FormulaError.forInt(cell.getErrorCellValue()).getString());
            }
        } catch (NotImplementedException | IllegalStateException | IllegalArgumentException e) {
            problems.add(TemplateFiller.where(cell) + ": formula =" + cell.getCellFormula()
                    + " cannot be computed by the product (" + e.getMessage() + "): readers that do not recalculate"
                    + " show it empty");
        }
    }

    List<String> problems() {
        return problems;
    }
}
