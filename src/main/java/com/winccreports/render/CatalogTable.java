package com.winccreports.render;

import com.winccreports.report.ShiftReport;
import com.winccreports.report.ShiftResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * A table of the {@link ColumnCatalog}: where its rows come from in the report and which columns it has. Excel
 * template regions ({@code ${table:<name>.<column>}}), PDF layout sections ({@code columns:}), {@code templates
 * check} and docs/reports.md all use these names; an unknown column is an error.
 *
 * @param name    table name, e.g. {@code statistics}
 * @param count   the number of rows, counted without making them
 * @param rows    the rows, made lazily (per-shift tables grow with the period)
 * @param columns the columns in their default order
 * @param dynamic columns made from their name (e.g. {@code kpi.oee} of the shifts table); null when none
 * @param <R>     the row type
 */
public record CatalogTable<R>(String name, ToIntFunction<ShiftReport> count, Function<ShiftReport, Stream<R>> rows,
        List<CatalogColumn<R>> columns, Function<String, CatalogColumn<R>> dynamic) {

    public CatalogTable {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }

    /** Column names in their default order. */
    public List<String> names() {
        return columns.stream().map(CatalogColumn::name).toList();
    }

    /** The column, or null when the table has none of that name. */
    public CatalogColumn<R> column(String column) {
        for (CatalogColumn<R> c : columns) {
            if (c.name().equals(column)) {
                return c;
            }
        }
        return dynamic == null ? null : dynamic.apply(column);
    }

    public boolean knows(String column) {
        return column(column) != null;
    }

    /** The column, or an {@link IllegalArgumentException} naming the known ones. */
    public CatalogColumn<R> require(String column) {
        CatalogColumn<R> c = column(column);
        if (c == null) {
            throw new IllegalArgumentException("unknown column '" + column + "' of table " + name
                    + ", expected one of " + names());
        }
        return c;
    }

    /** Each row's cells of {@code columns}, in that order, made as the stream is read. */
    public Stream<List<CellValue>> cells(CatalogContext context, List<String> columns) {
        return cells(context, columns, row -> true);
    }

    /** The cells of the rows of one shift (a per-shift table), in the order of {@code columns}. */
    public Stream<List<CellValue>> cells(CatalogContext context, List<String> columns, ShiftResult shift) {
        return cells(context, columns, row -> row instanceof PerShift p && p.shift() == shift);
    }

    private Stream<List<CellValue>> cells(CatalogContext context, List<String> columns, Predicate<R> which) {
        List<CatalogColumn<R>> chosen = columns.stream().map(this::require).toList();
        return rows.apply(context.report()).filter(which).map(row -> {
            List<CellValue> cells = new ArrayList<>(chosen.size());
            chosen.forEach(c -> cells.add(c.cell(context, row)));
            return cells;
        });
    }

    /** Each row's cells by column name, for {@code columns}. */
    public Stream<Map<String, CellValue>> cellsByName(CatalogContext context, List<String> columns) {
        return cells(context, columns).map(cells -> {
            Map<String, CellValue> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), cells.get(i));
            }
            return row;
        });
    }

    public int count(ShiftReport report) {
        return count.applyAsInt(report);
    }

    /** Header text of a column in the report's language (a {@code kpi.<key>} column: the KPI's name). */
    public String header(CatalogContext context, String column) {
        if (column.startsWith("kpi.") && dynamic != null) {
            return context.kpiName(column.substring("kpi.".length()));
        }
        return context.messages().get(ColumnCatalog.headerKey(name, column));
    }

    /** Builds the columns of a table. */
    static final class Columns<R> {
        private final List<CatalogColumn<R>> list = new ArrayList<>();

        Columns<R> add(String name, BiFunction<CatalogContext, R, CellValue> value) {
            list.add(new CatalogColumn<>(name, value));
            return this;
        }

        /** A time column and its {@code <name>Offset} column (Excel dates carry no offset). */
        Columns<R> time(String name, BiFunction<CatalogContext, R, java.time.OffsetDateTime> time) {
            add(name, (c, r) -> CellValue.time(time.apply(c, r)));
            return add(name + "Offset", (c, r) -> {
                java.time.OffsetDateTime t = time.apply(c, r);
                return t == null ? CellValue.MISSING : new CellValue.Text(ReportFormats.offset(t.getOffset()));
            });
        }

        List<CatalogColumn<R>> list() {
            return list;
        }
    }
}
