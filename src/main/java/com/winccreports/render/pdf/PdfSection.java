package com.winccreports.render.pdf;

import java.util.List;
import java.util.Objects;

/**
 * One section of a PDF layout, in the order the layout lists them.
 *
 * @param type      section type, one of {@link SectionTypes#ALL}
 * @param title     message key of the heading; default {@code section.<type>}
 * @param columns   columns to show (tables), in order; empty for the section's default columns
 * @param kpis      KPI keys to show (kpi-summary, shift-trend); empty for all
 * @param tags      tags to chart (trend-charts); empty for all
 * @param table     data table key (data-table)
 * @param maxRows   most rows to print (data-table); 0 for all
 * @param pageBreak start the section on a new page
 */
public record PdfSection(String type, String title, List<String> columns, List<String> kpis, List<String> tags,
        String table, int maxRows, boolean pageBreak) {

    public PdfSection {
        Objects.requireNonNull(type, "section type");
        title = title == null || title.isBlank() ? "section." + type : title;
        columns = List.copyOf(columns == null ? List.of() : columns);
        kpis = List.copyOf(kpis == null ? List.of() : kpis);
        tags = List.copyOf(tags == null ? List.of() : tags);
        table = table == null ? "" : table;
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows of section " + type + " must not be negative");
        }
    }

    public static PdfSection of(String type) {
        return new PdfSection(type, null, null, null, null, null, 0, false);
    }
}
