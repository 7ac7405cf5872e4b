package com.winccreports.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.winccreports.report.AlarmSummary;
import com.winccreports.report.BatchRecord;
import com.winccreports.report.DataQuality;
import com.winccreports.report.TagCoverage;
import java.util.List;
import java.util.stream.Collectors;

/** Batches, alarm statistics and the data-quality annex. */
final class RecordSections {

    private final PdfContext c;

    RecordSections(PdfContext context) {
        this.c = context;
    }

    void batches(PdfSection section) throws DocumentException {
        c.heading(c.messages.get(section.title()));
        List<String> columns = section.columns().isEmpty() ? SectionTypes.DEFAULT_COLUMNS.get("batches")
                : section.columns();
        PdfPTable table = c.table(c.headers(columns), widths(columns));
        for (BatchRecord batch : c.report.batches()) {
            columns.forEach(column -> table.addCell(batchCell(batch, column)));
        }
        c.document.add(table);
    }

    private static float[] widths(List<String> columns) {
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = switch (columns.get(i)) {
                case "batch", "product", "start", "end", "shares" -> 1.7f;
                default -> 1f;
            };
        }
        return widths;
    }

    private PdfPCell batchCell(BatchRecord b, String column) {
        return switch (column) {
            case "batch" -> c.strong(b.batchId());
            case "product" -> c.text(b.product());
            case "recipe" -> c.text(b.recipe());
            case "start" -> c.text(c.formats.dateTime(b.start()));
            case "end" -> c.text(b.running() ? c.messages.get("column.running") : c.formats.dateTime(b.end()));
            case "planned" -> c.number(c.formats.number(b.plannedQty(), 0));
            case "good" -> c.number(c.formats.number(b.goodQty(), 0));
            case "scrap" -> c.number(c.formats.number(b.scrapQty(), 0));
            case "rework" -> c.number(c.formats.number(b.reworkQty(), 0));
            case "operator" -> c.text(b.operator());
            default -> c.text(b.shares().stream().map(s -> label(s.shiftName()) + " "
                    + c.formats.percent(100 * s.fraction())).collect(Collectors.joining("\n")));
        };
    }

    private String label(String shiftName) {
        return c.report.shifts().stream().filter(s -> s.shift().name().equals(shiftName))
                .map(s -> s.shift().label()).findFirst().orElse(shiftName);
    }

    void alarms(PdfSection section) throws DocumentException {
        c.heading(c.messages.get(section.title()));
        var alarms = c.report.alarms();
        c.subheading(c.messages.get("alarms.byClass"));
        PdfPTable classes = c.table(c.headers(List.of("alarmClass", "count", "activeMinutes")));
        alarms.byClass().forEach(a -> {
            classes.addCell(c.text(a.alarmClass()));
            classes.addCell(c.number(c.formats.number(a.count(), 0)));
            classes.addCell(c.number(c.formats.minutes(a.totalActive())));
        });
        c.document.add(classes);
        alarmTable("alarms.mostFrequent", alarms.mostFrequent());
        alarmTable("alarms.longest", alarms.longest());
    }

    private void alarmTable(String title, List<AlarmSummary> alarms) throws DocumentException {
        c.subheading(c.messages.get(title));
        PdfPTable table = c.table(c.headers(List.of("alarm", "text", "alarmClass", "count", "longestMinutes",
                "activeMinutes", "firstRaised")), new float[] {0.7f, 2.6f, 1.2f, 0.7f, 1f, 1f, 1.8f});
        for (AlarmSummary a : alarms) {
            table.addCell(c.text(Long.toString(a.alarmNumber())));
            table.addCell(c.text(a.text()));
            table.addCell(c.text(a.alarmClass()));
            table.addCell(c.number(c.formats.number(a.count(), 0)));
            table.addCell(c.number(c.formats.minutes(a.longest())));
            table.addCell(c.number(c.formats.minutes(a.totalActive())));
            table.addCell(c.text(c.formats.dateTime(a.firstRaised())));
        }
        c.document.add(table);
    }

    void dataQuality(PdfSection section) throws DocumentException {
        c.heading(c.messages.get(section.title()));
        DataQuality q = c.report.dataQuality();
        c.paragraph(c.messages.get(c.report.incomplete() ? "report.incomplete" : "report.complete"),
                c.report.incomplete() ? c.style.coloured(c.style.colour("red")) : c.style.strong());
        c.subheading(c.messages.get("quality.coverage"));
        PdfPTable coverage = c.table(c.headers(List.of("tag", "coverage", "count", "gapMinutes", "badMinutes",
                "interpolation", "resets")), new float[] {2f, 1f, 1f, 1f, 1.2f, 1.2f, 1f});
        for (TagCoverage t : q.coverage()) {
            coverage.addCell(c.strong(t.tag()));
            coverage.addCell(c.number(c.formats.percent(t.coveragePercent())));
            coverage.addCell(c.number(c.formats.number(t.values(), 0)));
            coverage.addCell(c.number(c.formats.minutes(t.gapTime())));
            coverage.addCell(c.number(c.formats.minutes(t.badQualityTime())));
            coverage.addCell(c.text(t.interpolated() ? t.interpolation() : c.messages.get("quality.none")));
            coverage.addCell(c.number(Integer.toString(t.counterResets())));
        }
        c.document.add(coverage);
        gapsAndResets(q);
        c.subheading(c.messages.get("quality.notes"));
        if (q.lateData()) {
            c.paragraph("• " + c.messages.get("quality.lateData"), c.style.body());
        }
        for (String note : q.notes()) {
            c.paragraph("• " + note, c.style.body());
        }
    }

    private void gapsAndResets(DataQuality q) throws DocumentException {
        c.subheading(c.messages.get("quality.gaps"));
        PdfPTable gaps = c.table(c.headers(List.of("tag", "from", "to", "minutes")), new float[] {2f, 2f, 2f, 1f});
        q.gaps().forEach(g -> {
            gaps.addCell(c.text(g.tag()));
            gaps.addCell(c.text(c.formats.dateTime(g.from())));
            gaps.addCell(c.text(c.formats.dateTime(g.to())));
            gaps.addCell(c.number(c.formats.minutes(g.duration())));
        });
        addOrNone(gaps, q.gaps().isEmpty());
        c.subheading(c.messages.get("quality.resets"));
        PdfPTable resets = c.table(c.headers(List.of("tag", "at", "before", "after", "kind")));
        q.counterResets().forEach(r -> {
            resets.addCell(c.text(r.tag()));
            resets.addCell(c.text(c.formats.dateTime(r.at())));
            resets.addCell(c.number(c.formats.number(r.before(), 0)));
            resets.addCell(c.number(c.formats.number(r.after(), 0)));
            resets.addCell(c.text(r.kind().name()));
        });
        addOrNone(resets, q.counterResets().isEmpty());
    }

    private void addOrNone(PdfPTable table, boolean empty) throws DocumentException {
        if (empty) {
            c.paragraph(c.messages.get("quality.none"), c.style.body());
        } else {
            c.document.add(table);
        }
    }
}
