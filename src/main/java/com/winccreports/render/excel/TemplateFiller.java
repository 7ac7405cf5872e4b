package com.winccreports.render.excel;

import com.winccreports.render.CatalogContext;
import com.winccreports.render.CellValue;
import com.winccreports.render.ColumnCatalog;
import com.winccreports.render.ReportFormats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills the template's small sheets in place (XSSF): sheet names, scalar placeholders and table regions
 * that expand row by row. Chart markers are collected for {@link TrendCharts}. Unknown placeholders stay
 * visible in the output and are reported as warnings.
 */
final class TemplateFiller {

    /** Where a {@code ${chart:name}} marker was found (0-based row and column). */
    record ChartAnchor(String name, XSSFSheet sheet, int row, int column) {
    }

    private final XSSFWorkbook workbook;
    private final ScalarValues scalars;
    private final CatalogContext context;
    private final ReportFormats formats;
    private final CellWriter writer;
    private final List<String> warnings = new ArrayList<>();
    private final List<ChartAnchor> charts = new ArrayList<>();
    private final List<StreamedRegion> streamed = new ArrayList<>();
    private final int streamFrom;

    TemplateFiller(XSSFWorkbook workbook, ScalarValues scalars, CatalogContext context, ReportFormats formats,
            int streamFrom) {
        this.workbook = workbook;
        this.streamFrom = streamFrom;
        this.scalars = scalars;
        this.context = context;
        this.formats = formats;
        this.writer = new CellWriter(workbook, formats);
    }

    List<String> warnings() {
        return warnings;
    }

    List<ChartAnchor> charts() {
        return charts;
    }

    /** Long tables left to write once the workbook streams (see {@link StreamedRegion}). */
    List<StreamedRegion> streamed() {
        return streamed;
    }

    CellWriter writer() {
        return writer;
    }

    void fill() {
        // every sheet renamed first: POI rewrites every formula of the workbook that names a renamed sheet, so
        // the fewer formulas exist yet (tables not expanded), the less it parses
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            renameSheet(i);
        }
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            fillSheet(workbook.getSheetAt(i));
        }
    }

    private void renameSheet(int index) {
        String name = workbook.getSheetName(index);
        if (!name.contains("${")) {
            return;
        }
        String resolved = text(name, "sheet " + name).replaceAll("[\\\\/?*\\[\\]:]", "-");
        resolved = resolved.length() > 31 ? resolved.substring(0, 31) : resolved;
        if (workbook.getSheetIndex(resolved) < 0) {
            workbook.setSheetName(index, resolved);
        }
    }

    private void fillSheet(XSSFSheet sheet) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String table = tableOf(row);
            if (table == null) {
                fillScalars(row);
                continue;
            }
            Map<Integer, Placeholder> markers = markers(row);
            TableRows items = TableRows.of(context, table, markers.values().stream().map(Placeholder::column).toList());
            StreamedRegion region = StreamedRegion.take(sheet, row, markers, items, streamFrom);
            if (region != null) {
                for (int below = r + 1; below <= sheet.getLastRowNum(); below++) {
                    if (sheet.getRow(below) != null) {
                        fillScalars(sheet.getRow(below));
                    }
                }
                region.takeTail(sheet);
                streamed.add(region);
                break;
            }
            r += new TableRegion(sheet, row, table, markers, items.list(), this).expand() - 1;
        }
    }

    /** The table a row repeats for, or null; a row naming two tables is reported and treated as scalars. */
    private String tableOf(Row row) {
        String table = null;
        for (Cell cell : row) {
            for (Placeholder p : placeholders(cell)) {
                if (p.kind() != Placeholder.Kind.TABLE) {
                    continue;
                }
                if (ColumnCatalog.find(p.table()).isEmpty()) {
                    warnings.add(where(cell) + ": unknown table " + p.marker());
                    return null;
                }
                if (table != null && !table.equals(p.table())) {
                    warnings.add(where(cell) + ": one row repeats for one table, found " + table + " and " + p.table());
                    return null;
                }
                table = p.table();
            }
        }
        return table;
    }

    /** The row's whole-cell markers of known columns by column index; an unknown column stays as a warning. */
    private Map<Integer, Placeholder> markers(Row row) {
        Map<Integer, Placeholder> markers = new TreeMap<>();
        for (Cell cell : row) {
            Placeholder p = Placeholder.whole(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null);
            if (p == null || p.kind() != Placeholder.Kind.TABLE) {
                continue;
            }
            if (ColumnCatalog.knows(p.table(), p.column())) {
                markers.put(cell.getColumnIndex(), p);
            } else {
                warnings.add(where(cell) + ": unknown column " + p.marker());
            }
        }
        return markers;
    }

    void fillScalars(Row row) {
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.STRING || !cell.getStringCellValue().contains("${")) {
                continue;
            }
            String text = cell.getStringCellValue();
            Placeholder whole = Placeholder.whole(text);
            if (whole != null && whole.kind() == Placeholder.Kind.CHART) {
                charts.add(new ChartAnchor(whole.name(), (XSSFSheet) row.getSheet(), row.getRowNum(),
                        cell.getColumnIndex()));
                cell.setBlank();
            } else if (whole != null && whole.kind() == Placeholder.Kind.SCALAR) {
                scalars.resolve(whole.name()).ifPresentOrElse(v -> writer.write(cell, v),
                        () -> warnings.add(where(cell) + ": unknown placeholder " + whole.marker()));
            } else {
                cell.setCellValue(text(text, where(cell)));
            }
        }
    }

    /** Writes one table item into a row at the columns of its {@code ${table:t.column}} markers. */
    void fillTableRow(Row row, Map<Integer, Placeholder> markers, Map<String, CellValue> item) {
        markers.forEach((column, p) -> writer.write(row.getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK),
                item.getOrDefault(p.column(), CellValue.MISSING)));
        fillScalars(row);
    }

    private String text(String text, String where) {
        Matcher matcher = Placeholder.pattern().matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Placeholder p = Placeholder.parse(matcher.group(1).trim());
            String replacement = p.kind() == Placeholder.Kind.SCALAR
                    ? scalars.resolve(p.name()).map(formats::text).orElse(null) : null;
            if (replacement == null) {
                warnings.add(where + ": unknown placeholder " + p.marker());
                replacement = matcher.group();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static List<Placeholder> placeholders(Cell cell) {
        return cell.getCellType() == CellType.STRING ? Placeholder.findAll(cell.getStringCellValue()) : List.of();
    }

    static String where(Cell cell) {
        return cell.getSheet().getSheetName() + "!" + new CellReference(cell).formatAsString(false);
    }

    static CellRangeAddress filterRange(XSSFSheet sheet) {
        var worksheet = sheet.getCTWorksheet();
        return worksheet.isSetAutoFilter() ? CellRangeAddress.valueOf(worksheet.getAutoFilter().getRef()) : null;
    }
}
