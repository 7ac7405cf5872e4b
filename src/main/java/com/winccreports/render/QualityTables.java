package com.winccreports.render;

import com.winccreports.report.CounterReset;
import com.winccreports.report.DataGap;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.TagCoverage;
import java.util.ArrayList;
import java.util.List;

/** The catalog's tables of the data-quality annex. */
final class QualityTables {

    private QualityTables() {
    }

    static CatalogTable<TagCoverage> coverage() {
        var c = new CatalogTable.Columns<TagCoverage>()
                .add("tag", (x, t) -> new CellValue.Text(t.tag()))
                .add("coverage", (x, t) -> CellValue.number(t.coveragePercent() / 100.0, NumberPatterns.SHARE))
                .add("values", (x, t) -> CellValue.count(t.values()))
                .add("gapMinutes", (x, t) -> RecordTables.minutes(t.gapTime()))
                .add("badMinutes", (x, t) -> RecordTables.minutes(t.badQualityTime()))
                .add("interpolation", (x, t) -> new CellValue.Text(t.interpolated() ? t.interpolation()
                        : x.messages().get("quality.none")))
                .add("resets", (x, t) -> CellValue.count(t.counterResets()));
        return new CatalogTable<>("coverage", r -> r.dataQuality().coverage().size(),
                r -> r.dataQuality().coverage().stream(), c.list(), null);
    }

    static CatalogTable<DataGap> gaps() {
        var c = new CatalogTable.Columns<DataGap>()
                .add("tag", (x, g) -> new CellValue.Text(g.tag()))
                .time("from", (x, g) -> g.from())
                .time("to", (x, g) -> g.to())
                .add("minutes", (x, g) -> RecordTables.minutes(g.duration()));
        return new CatalogTable<>("gaps", r -> r.dataQuality().gaps().size(), r -> r.dataQuality().gaps().stream(),
                c.list(), null);
    }

    static CatalogTable<CounterReset> counterResets() {
        var c = new CatalogTable.Columns<CounterReset>()
                .add("tag", (x, e) -> new CellValue.Text(e.tag()))
                .time("at", (x, e) -> e.at())
                .add("before", (x, e) -> reading(x, e, e.before()))
                .add("after", (x, e) -> reading(x, e, e.after()))
                .add("kind", (x, e) -> new CellValue.Text(x.messages().get("resetKind." + e.kind().name())));
        return new CatalogTable<>("counterResets", r -> r.dataQuality().counterResets().size(),
                r -> r.dataQuality().counterResets().stream(), c.list(), null);
    }

    private static CellValue reading(CatalogContext context, CounterReset reset, double value) {
        String unit = RecordTables.unitOf(context.report(), reset.tag()).orElse("units");
        return CellValue.number(value, NumberPatterns.forUnit(unit, context.messages()));
    }

    /** A finding of the annex; the late-data finding is worded in the report's language. */
    record Note(String text, boolean lateData) {
    }

    static CatalogTable<Note> notes() {
        var c = new CatalogTable.Columns<Note>().add("text", (x, n) -> new CellValue.Text(n.lateData()
                ? x.messages().get("quality.lateData") : n.text()));
        return new CatalogTable<>("notes", r -> notes(r).size(), r -> notes(r).stream(), c.list(), null);
    }

    /** The findings, late data first. */
    private static List<Note> notes(ShiftReport report) {
        List<Note> notes = new ArrayList<>();
        if (report.dataQuality().lateData()) {
            notes.add(new Note("", true));
        }
        report.dataQuality().notes().forEach(n -> notes.add(new Note(n, false)));
        return notes;
    }
}
