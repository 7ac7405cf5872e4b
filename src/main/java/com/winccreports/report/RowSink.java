package com.winccreports.report;

/**
 * Receives the rows of a {@link DataTable} one at a time. The array may be reused by the caller for the
 * next row: a sink must copy what it keeps. Cell types follow the {@link ColumnType} of each column;
 * {@code null} is an empty cell.
 */
@FunctionalInterface
public interface RowSink {

    void row(Object[] cells);
}
