package com.winccreports.render;

import java.util.Objects;
import java.util.function.BiFunction;

/**
 * One column of a {@link CatalogTable}: its name (as templates and layouts write it) and how a row's cell is
 * made.
 *
 * @param name  column name, e.g. {@code outsideMinutes}
 * @param value the cell of a row
 * @param <R>   the table's row type
 */
public record CatalogColumn<R>(String name, BiFunction<CatalogContext, R, CellValue> value) {

    public CatalogColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    CellValue cell(CatalogContext context, R row) {
        CellValue cell = value.apply(context, row);
        return cell == null ? CellValue.MISSING : cell;
    }
}
