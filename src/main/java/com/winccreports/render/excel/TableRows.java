package com.winccreports.render.excel;

import com.winccreports.render.CatalogContext;
import com.winccreports.render.CatalogTable;
import com.winccreports.render.CellValue;
import com.winccreports.render.ColumnCatalog;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The rows of a catalog table for one template region: counted from the model, made (only for the region's
 * columns) each time they are read, so a month's per-shift table is neither held nor made twice.
 *
 * @param size the number of rows
 * @param made the rows, cells by column name
 */
record TableRows(int size, Supplier<Stream<Map<String, CellValue>>> made) {

    static TableRows of(CatalogContext context, String table, Collection<String> columns) {
        CatalogTable<?> catalog = ColumnCatalog.table(table);
        List<String> known = columns.stream().filter(catalog::knows).distinct().toList();
        return new TableRows(catalog.count(context.report()), () -> catalog.cellsByName(context, known));
    }

    List<Map<String, CellValue>> list() {
        try (Stream<Map<String, CellValue>> rows = made.get()) {
            return rows.toList();
        }
    }
}
