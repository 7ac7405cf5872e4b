package com.winccreports.render.pdf;

import com.lowagie.text.DocumentException;
import com.winccreports.render.CatalogTable;
import com.winccreports.render.CellValue;
import com.winccreports.render.ColumnCatalog;
import com.winccreports.report.DataQuality;
import java.util.List;
import java.util.Set;

/** Batches, alarm statistics and the data-quality annex, each a catalog table. */
final class RecordSections {

    private final PdfContext c;

    RecordSections(PdfContext context) {
        this.c = context;
    }

    void batches(PdfSection section) throws DocumentException {
        c.heading(c.messages.get(section.title()));
        print("batches", SectionTypes.columns(section), Set.of("id"), true);
    }

    void alarms(PdfSection section) throws DocumentException {
        c.heading(c.messages.get(section.title()));
        c.subheading(c.messages.get("alarms.byClass"));
        print("alarmClasses", List.of("class", "count", "activeMinutes"), Set.of(), true);
        List<String> columns = List.of("number", "text", "class", "count", "longestMinutes", "activeMinutes",
                "firstRaised");
        c.subheading(c.messages.get("alarms.mostFrequent"));
        print("alarms", columns, Set.of(), true);
        c.subheading(c.messages.get("alarms.longest"));
        print("longestAlarms", columns, Set.of(), true);
        if (c.report.siteAlarms() != null) {
            c.subheading(c.messages.get("alarms.site"));
            print("siteAlarmClasses", List.of("class", "count", "activeMinutes"), Set.of(), true);
        }
    }

    void dataQuality(PdfSection section) throws DocumentException {
        c.heading(c.messages.get(section.title()));
        DataQuality q = c.report.dataQuality();
        c.paragraph(c.messages.get(c.report.incomplete() ? "report.incomplete" : "report.complete"),
                c.report.incomplete() ? c.style.coloured(c.style.colour("red")) : c.style.strong());
        c.subheading(c.messages.get("quality.coverage"));
        print("coverage", List.of("tag", "coverage", "values", "gapMinutes", "badMinutes", "interpolation", "resets"),
                Set.of(), true);
        c.subheading(c.messages.get("quality.gaps"));
        print("gaps", List.of("tag", "from", "to", "minutes"), Set.of(), true);
        c.subheading(c.messages.get("quality.resets"));
        print("counterResets", List.of("tag", "at", "before", "after", "kind"), Set.of(), true);
        c.subheading(c.messages.get("quality.notes"));
        List<String> notes = ColumnCatalog.table("notes").cells(c.catalog, List.of("text"))
                .map(cells -> c.formats.text(cells.get(0))).toList();
        if (notes.isEmpty() && !q.lateData()) {
            c.paragraph(c.messages.get("quality.none"), c.style.body());
        }
        for (String note : notes) {
            c.paragraph("• " + note, c.style.body());
        }
    }

    /** A catalog table of the whole report; "none" in its place when it has no rows. */
    void print(String tableName, List<String> columns, Set<String> strong, boolean noneWhenEmpty)
            throws DocumentException {
        CatalogTable<?> table = ColumnCatalog.table(tableName);
        PdfTableBuilder builder = c.table(columns.stream().map(col -> table.header(c.catalog, col)).toList());
        table.cells(c.catalog, columns).forEach(cells -> {
            List<PdfTableBuilder.Spec> specs = new java.util.ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                String column = columns.get(i);
                CellValue value = cells.get(i);
                specs.add(c.spec(value, column.equals("tag") ? PdfTableBuilder.Kind.TAG
                        : strong.contains(column) ? PdfTableBuilder.Kind.STRONG : PdfTableBuilder.Kind.TEXT));
            }
            builder.row(specs);
        });
        if (!builder.isEmpty()) {
            c.add(builder.build());
        } else if (noneWhenEmpty) {
            c.paragraph(c.messages.get("quality.none"), c.style.body());
        }
    }
}
