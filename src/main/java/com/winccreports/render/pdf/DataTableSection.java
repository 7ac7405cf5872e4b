package com.winccreports.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import com.winccreports.report.ColumnType;
import com.winccreports.report.DataTable;
import com.winccreports.report.TableColumn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A streamed {@link DataTable} printed in portions: the table is marked incomplete and added to the
 * document every {@value #PORTION} rows, so OpenPDF lays out and frees rows as they come (constant memory).
 */
final class DataTableSection {

    static final int PORTION = 1_000;
    /** Room for the heading, the header and the first rows, so the heading never ends a page alone. */
    private static final float FIRST_ROWS_HEIGHT = 90;

    /** Thrown by the sink to stop a source once {@code maxRows} rows are printed. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    private final PdfContext c;

    DataTableSection(PdfContext context) {
        this.c = context;
    }

    /** Prints the section; returns the data rows printed. */
    long render(PdfSection section) throws DocumentException, IOException {
        DataTable table = c.report.table(section.table()).orElse(null);
        String title = section.title().equals("section.data-table") && table != null ? table.title()
                : c.messages.get(section.title());
        c.heading(title);
        if (table == null) {
            c.paragraph(c.messages.get("quality.none"), c.style.body());
            return 0;
        }
        long rows = stream(table, section.maxRows());
        if (section.maxRows() > 0 && rows >= section.maxRows()) {
            c.paragraph(c.messages.format("table.truncated", c.formats.number(section.maxRows(), 0)),
                    c.style.small());
        }
        return rows;
    }

    private long stream(DataTable table, int maxRows) throws DocumentException, IOException {
        PdfPTable pdf = c.table(headers(table.columns()), widths(table.columns()), c.style.compactHeader());
        pdf.setComplete(false);
        c.flush(FIRST_ROWS_HEIGHT);
        long[] rows = {0};
        try {
            table.rows().forEachRow(cells -> {
                if (maxRows > 0 && rows[0] >= maxRows) {
                    throw new Enough();
                }
                addRow(pdf, table.columns(), cells);
                if (++rows[0] % PORTION == 0) {
                    add(pdf);
                }
            });
        } catch (Enough stop) {
            // the layout asked for the first maxRows rows only
        }
        pdf.setComplete(true);
        c.document.add(pdf);
        return rows[0];
    }

    private void add(PdfPTable pdf) {
        try {
            c.document.add(pdf);
        } catch (DocumentException e) {
            throw new UncheckedIOException(new IOException("cannot add table rows", e));
        }
    }

    private static float[] widths(List<TableColumn> columns) {
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).type() == ColumnType.TIMESTAMP ? 1.8f : 1f;
        }
        return widths;
    }

    private List<String> headers(List<TableColumn> columns) {
        List<String> headers = new ArrayList<>();
        for (TableColumn column : columns) {
            // a long tag name wraps after its line prefix ("L1."), not mid-word
            String header = column.header().length() > 12 ? column.header().replaceFirst("\\.", ".\n")
                    : column.header();
            headers.add(column.unit().isEmpty() ? header : header + "\n[" + column.unit() + "]");
        }
        return headers;
    }

    private void addRow(PdfPTable pdf, List<TableColumn> columns, Object[] cells) {
        for (int i = 0; i < columns.size(); i++) {
            Object value = i < cells.length ? cells[i] : null;
            ColumnType type = columns.get(i).type();
            if (value == null) {
                pdf.addCell(c.compact("", Element.ALIGN_LEFT));
            } else if (type == ColumnType.TIMESTAMP) {
                pdf.addCell(c.compact(c.formats.dateTimeSeconds((Instant) value), Element.ALIGN_LEFT));
            } else if (type == ColumnType.TEXT) {
                pdf.addCell(c.compact(value.toString(), Element.ALIGN_LEFT));
            } else {
                double number = ((Number) value).doubleValue();
                pdf.addCell(c.compact(type == ColumnType.PERCENT ? c.formats.percent(number)
                        : type == ColumnType.INTEGER ? c.formats.number(number, 0) : c.formats.number(number, 3),
                        Element.ALIGN_RIGHT));
            }
        }
    }
}
