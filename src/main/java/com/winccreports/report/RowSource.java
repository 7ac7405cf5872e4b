package com.winccreports.report;

import java.io.IOException;

/**
 * Streams the rows of a {@link DataTable} in order — e.g. from a database cursor or a temp file — so a
 * table of millions of rows never sits in memory. Each call streams the table again from its first row.
 */
@FunctionalInterface
public interface RowSource {

    void forEachRow(RowSink sink) throws IOException;
}
