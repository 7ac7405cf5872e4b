package com.winccreports.render.pdf;

import com.lowagie.text.DocumentException;
import com.winccreports.render.CatalogTable;
import com.winccreports.render.CellValue;
import com.winccreports.render.ColumnCatalog;
import com.winccreports.report.ShiftResult;
import java.util.List;
import java.util.Set;

/**
 * Per-shift sections: KPI tables with their status, tag statistics, KPI formulas and inputs. Each shift's table
 * carries the shift as its title row, so a table continued on the next page says whose rows it holds.
 */
final class ShiftSections {

    private final PdfContext c;

    ShiftSections(PdfContext context) {
        this.c = context;
    }

    void shiftKpis(PdfSection section) throws DocumentException {
        c.heading(c.messages.get(section.title()));
        List<String> columns = SectionTypes.columns(section);
        for (ShiftResult shift : c.report.shifts()) {
            printShift(section, "kpis", columns, shift, Set.of("name"), row -> section.kpis().isEmpty()
                    || section.kpis().contains(keyOf(shift, row)));
            plannedStops(shift);
        }
        if (columns.contains("status")) {
            c.legend();
        }
    }

    void tagStatistics(PdfSection section) throws DocumentException {
        perShift(section, "statistics");
    }

    void counterStatistics(PdfSection section) throws DocumentException {
        perShift(section, "counters");
    }

    void stateStatistics(PdfSection section) throws DocumentException {
        perShift(section, "states");
    }

    void kpiFormulas(PdfSection section) throws DocumentException {
        perShift(section, "kpiInputs");
    }

    /** The section's heading, then one table per shift. */
    private void perShift(PdfSection section, String table) throws DocumentException {
        c.heading(c.messages.get(section.title()));
        for (ShiftResult shift : c.report.shifts()) {
            printShift(section, table, SectionTypes.columns(section), shift, Set.of("kpi"), row -> true);
        }
    }

    /**
     * One shift's rows of a catalog table, titled with the shift. In the formulas table, a KPI's name and formula
     * print on its first input only.
     */
    private void printShift(PdfSection section, String tableName, List<String> columns, ShiftResult shift,
            Set<String> strong, java.util.function.Predicate<Integer> keep) throws DocumentException {
        CatalogTable<?> table = ColumnCatalog.table(tableName);
        PdfTableBuilder builder = c.table(columns.stream().map(col -> table.header(c.catalog, col)).toList())
                .title(shiftTitle(shift));
        List<List<CellValue>> rows = table.cells(c.catalog, columns, shift).toList();
        List<String> previous = null;
        for (int i = 0; i < rows.size(); i++) {
            if (!keep.test(i)) {
                continue;
            }
            List<PdfTableBuilder.Spec> specs = new java.util.ArrayList<>();
            for (int col = 0; col < columns.size(); col++) {
                String column = columns.get(col);
                CellValue value = rows.get(i).get(col);
                boolean repeat = previous != null && repeats(tableName, column)
                        && previous.get(col).equals(c.formats.text(value));
                specs.add(repeat ? PdfTableBuilder.Spec.of("", PdfTableBuilder.Kind.TEXT)
                        : c.spec(value, kind(column, strong)));
            }
            previous = rows.get(i).stream().map(c.formats::text).toList();
            builder.row(specs);
        }
        if (!builder.isEmpty()) {
            c.add(builder.build());
        }
    }

    /** Columns whose value is printed once for a group of rows (a KPI's inputs, a tag's states). */
    private static boolean repeats(String table, String column) {
        return "kpiInputs".equals(table) && Set.of("kpi", "formula", "calculation").contains(column)
                || "states".equals(table) && Set.of("tag", "description").contains(column);
    }

    private static PdfTableBuilder.Kind kind(String column, Set<String> strong) {
        if (column.equals("tag")) {
            return PdfTableBuilder.Kind.TAG;
        }
        return strong.contains(column) ? PdfTableBuilder.Kind.STRONG : PdfTableBuilder.Kind.TEXT;
    }

    /** Production in planned stops is in no KPI: it gets a flagged line of its own. */
    private void plannedStops(ShiftResult shift) throws DocumentException {
        var stops = shift.plannedStops();
        if (stops == null || !stops.flagged()) {
            return;
        }
        c.paragraph(c.messages.format("plannedStops.production", c.formats.minutes(stops.plannedStopTime()),
                stops.runningTime() == null ? CellValue.DASH : c.formats.minutes(stops.runningTime()),
                c.formats.format(stops.producedQuantity(), com.winccreports.render.NumberPatterns.COUNT)),
                c.style.coloured(c.style.colour("amber")));
    }

    private static String keyOf(ShiftResult shift, int index) {
        return shift.kpis().get(index).id();
    }

    String shiftTitle(ShiftResult shift) {
        var s = shift.shift();
        return s.label() + (s.crew().isEmpty() ? "" : " (" + c.messages.get("column.crew") + " " + s.crew() + ")")
                + ": " + c.formats.dateTime(s.start()) + " – " + c.formats.dateTime(s.end()) + ", "
                + c.formats.hours(s.duration()) + " h";
    }
}
