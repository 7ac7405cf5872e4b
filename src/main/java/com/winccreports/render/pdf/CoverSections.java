package com.winccreports.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.winccreports.render.CellValue;
import com.winccreports.render.NumberPatterns;
import com.winccreports.report.Provenance;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.ShiftResult;
import com.winccreports.shift.kpi.KpiResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Cover, KPI summary and provenance sections. */
final class CoverSections {

    private final PdfContext c;

    CoverSections(PdfContext context) {
        this.c = context;
    }

    void cover(PdfSection section) throws DocumentException, IOException {
        ShiftReport r = c.report;
        logo();
        Paragraph title = new Paragraph(c.messages.get("report.title") + " " + r.line()
                + (r.lineDescription().isEmpty() ? "" : " – " + r.lineDescription()), c.style.title());
        title.setSpacingAfter(4);
        c.document.add(title);
        c.paragraph(c.formats.dateTime(r.period().from()) + " – " + c.formats.dateTime(r.period().to()),
                c.style.subheading());
        if (r.incomplete()) {
            c.paragraph(c.messages.get("report.incomplete"), c.style.coloured(c.style.colour("red")));
        }
        Provenance p = r.provenance();
        PdfPTable facts = new PdfPTable(new float[] {1.2f, 3f});
        facts.setWidthPercentage(70);
        facts.setHorizontalAlignment(Element.ALIGN_LEFT);
        facts.setSpacingBefore(8);
        fact(facts, "cover.site", r.site());
        fact(facts, "cover.line", r.line() + (r.lineDescription().isEmpty() ? "" : " – " + r.lineDescription()));
        fact(facts, "cover.productionDay", c.formats.productionDays(r.period()));
        fact(facts, "cover.period", c.formats.dateTime(r.period().from()) + " – " + c.formats.dateTime(r.period().to()));
        fact(facts, "cover.zone", r.period().zone().getId());
        identity(facts, p);
        fact(facts, "cover.generatedAt", c.formats.dateTime(p.generatedAt()));
        fact(facts, "cover.dataCutOff", c.formats.dateTime(p.dataCutOff()));
        fact(facts, "cover.status", c.messages.get(r.incomplete() ? "report.incomplete" : "report.complete"));
        c.document.add(facts);
    }

    /** Which report and version this is (and which version it supersedes). */
    private void identity(PdfPTable facts, Provenance p) {
        fact(facts, "cover.report", p.reportId());
        fact(facts, "cover.version", p.version() + (p.supersedes()
                ? " (" + c.messages.format("report.supersedes", p.supersedesVersion()) + ")" : ""));
    }

    private void logo() throws DocumentException, IOException {
        if (c.layout.logo().isEmpty()) {
            return;
        }
        Image logo = Image.getInstance(PdfStyle.read(c.layout.logo(), c.layout.baseDir()));
        logo.scaleToFit(120, 48);
        logo.setAlignment(Image.ALIGN_RIGHT);
        c.document.add(logo);
    }

    private void fact(PdfPTable table, String key, String value) {
        PdfPCell label = c.strong(c.messages.get(key));
        table.addCell(label);
        table.addCell(c.text(value));
    }

    /**
     * Every KPI of the period (or those the layout lists), with a column per shift; a one-shift period has no
     * shift columns, its period column is the shift. When the shift columns would not fit the page at the body
     * size (a week or a month of shifts), the summary keeps the period and points to the KPIs per shift.
     */
    void kpiSummary(PdfSection section) throws DocumentException {
        c.heading(c.messages.get(section.title()));
        List<ShiftResult> shifts = c.report.shifts().size() > 1 ? c.report.shifts() : List.of();
        PdfTableBuilder table = kpiSummary(section, shifts);
        boolean shiftsElsewhere = !shifts.isEmpty() && !table.fitsAtBodySize();
        if (shiftsElsewhere) {
            table = kpiSummary(section, List.of());
        }
        if (!table.isEmpty()) {
            c.add(table.build());
            if (shiftsElsewhere) {
                c.paragraph(c.messages.format("summary.shiftsElsewhere", shifts.size(),
                        c.messages.get("section.shift-kpis")), c.style.small());
            }
            c.legend();
        }
    }

    private PdfTableBuilder kpiSummary(PdfSection section, List<ShiftResult> shifts) {
        List<String> headers = new ArrayList<>();
        headers.add(c.messages.get("column.kpi"));
        headers.add(c.catalog.periodLabel());
        shifts.forEach(s -> headers.add(s.shift().label()));
        headers.add(c.messages.get("column.target"));
        headers.add(c.messages.get("column.status"));
        PdfTableBuilder table = c.table(headers);
        for (KpiResult kpi : selected(c.report.periodKpis(), section.kpis())) {
            List<PdfTableBuilder.Spec> row = new ArrayList<>();
            row.add(PdfTableBuilder.Spec.of(c.catalog.kpiName(kpi), PdfTableBuilder.Kind.STRONG));
            row.add(c.spec(value(kpi), PdfTableBuilder.Kind.TEXT));
            shifts.forEach(s -> row.add(c.spec(s.kpi(kpi.id()).map(this::value).orElse(CellValue.MISSING),
                    PdfTableBuilder.Kind.TEXT)));
            row.add(c.spec(kpi.target() == null ? CellValue.MISSING
                    : CellValue.number(kpi.target(), pattern(kpi)), PdfTableBuilder.Kind.TEXT));
            row.add(c.spec(new CellValue.Status(kpi.status()), PdfTableBuilder.Kind.TEXT));
            table.row(row);
        }
        return table;
    }

    private CellValue value(KpiResult kpi) {
        return CellValue.number(kpi.value(), pattern(kpi));
    }

    private String pattern(KpiResult kpi) {
        return NumberPatterns.forUnit(kpi.unit(), c.messages);
    }

    static List<KpiResult> selected(List<KpiResult> kpis, List<String> keys) {
        if (keys.isEmpty()) {
            return kpis;
        }
        return keys.stream().flatMap(k -> kpis.stream().filter(x -> x.id().equals(k))).toList();
    }

    void provenance(PdfSection section) throws DocumentException {
        c.heading(c.messages.get(section.title()));
        Provenance p = c.report.provenance();
        PdfPTable facts = new PdfPTable(new float[] {1.2f, 3f});
        facts.setTotalWidth(c.document.right() - c.document.left());
        facts.setLockedWidth(true);
        identity(facts, p);
        fact(facts, "cover.source", p.sourceServer());
        fact(facts, "cover.archives", String.join(", ", p.archives()));
        fact(facts, "cover.job", p.jobName());
        fact(facts, "cover.jobHash", p.jobDefinitionHash());
        fact(facts, "cover.dataCutOff", c.formats.dateTime(p.dataCutOff()));
        fact(facts, "cover.generatedAt", c.formats.dateTime(p.generatedAt()));
        fact(facts, "cover.software", "wincc-reports " + p.softwareVersion());
        c.add(facts);
    }
}
