package com.winccreports.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import com.winccreports.report.KpiInput;
import com.winccreports.report.KpiResult;
import com.winccreports.report.ShiftResult;
import com.winccreports.report.TagStatistics;
import java.util.List;

/** Per-shift sections: KPI tables with traffic lights, tag statistics, KPI formulas and inputs. */
final class ShiftSections {

    private final PdfContext c;

    ShiftSections(PdfContext context) {
        this.c = context;
    }

    void shiftKpis(PdfSection section) throws DocumentException {
        c.heading(c.messages.get(section.title()));
        List<String> columns = columns(section);
        for (ShiftResult shift : c.report.shifts()) {
            c.subheading(shiftTitle(shift));
            PdfPTable table = c.table(c.headers(columns));
            for (KpiResult kpi : CoverSections.selected(shift.kpis(), section.kpis())) {
                for (String column : columns) {
                    table.addCell(switch (column) {
                        case "kpi" -> c.strong(kpi.name());
                        case "value" -> c.number(c.formats.auto(kpi.value(), kpi.unit()));
                        case "target" -> c.number(kpi.hasTarget() ? c.formats.auto(kpi.target(), kpi.unit()) : "–");
                        case "status" -> c.status(kpi.status());
                        default -> c.text(c.formats.yesNo(kpi.incomplete()));
                    });
                }
            }
            c.document.add(table);
        }
    }

    String shiftTitle(ShiftResult shift) {
        var s = shift.shift();
        return s.label() + (s.crew().isEmpty() ? "" : " (" + c.messages.get("column.crew") + " " + s.crew() + ")")
                + ": " + c.formats.dateTime(s.start()) + " – " + c.formats.dateTime(s.end()) + ", "
                + c.formats.hours(s.duration()) + " h";
    }

    void tagStatistics(PdfSection section) throws DocumentException {
        c.heading(c.messages.get(section.title()));
        List<String> columns = columns(section);
        for (ShiftResult shift : c.report.shifts()) {
            c.subheading(shiftTitle(shift));
            PdfPTable table = c.table(c.headers(columns), widths(columns));
            for (TagStatistics s : shift.statistics()) {
                columns.forEach(column -> table.addCell(statisticsCell(s, column)));
            }
            c.document.add(table);
        }
    }

    private com.lowagie.text.pdf.PdfPCell statisticsCell(TagStatistics s, String column) {
        return switch (column) {
            case "tag" -> c.strong(s.tag());
            case "description" -> c.text(s.description());
            case "unit" -> c.text(s.unit());
            case "average" -> c.number(c.formats.auto(s.average(), s.unit()));
            case "min" -> c.number(c.formats.auto(s.min(), s.unit()));
            case "minAt" -> c.text(c.formats.dateTime(s.minAt()));
            case "max" -> c.number(c.formats.auto(s.max(), s.unit()));
            case "maxAt" -> c.text(c.formats.dateTime(s.maxAt()));
            case "coverage" -> c.number(c.formats.percent(s.coveragePercent()));
            case "outside" -> c.number(s.hasLimits() ? c.formats.minutes(s.timeOutsideLimits()) : "–");
            case "cp" -> c.number(c.formats.number(s.cp(), 2));
            case "cpk" -> c.number(c.formats.number(s.cpk(), 2));
            default -> c.number(c.formats.number(s.count(), 0));
        };
    }

    private static float[] widths(List<String> columns) {
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = switch (columns.get(i)) {
                case "tag", "description", "minAt", "maxAt" -> 2f;
                case "cp", "cpk", "unit" -> 0.7f;
                default -> 1.1f;
            };
        }
        return widths;
    }

    void kpiFormulas(PdfSection section) throws DocumentException {
        c.heading(c.messages.get(section.title()));
        List<String> headers = c.headers(List.of("kpi", "formula", "input", "value", "source", "coverage"));
        for (ShiftResult shift : c.report.shifts()) {
            c.subheading(shiftTitle(shift));
            PdfPTable table = c.table(headers, new float[] {1.3f, 2.6f, 1.2f, 1.3f, 2.2f, 1f});
            for (KpiResult kpi : CoverSections.selected(shift.kpis(), section.kpis())) {
                for (int i = 0; i < Math.max(1, kpi.inputs().size()); i++) {
                    table.addCell(i == 0 ? c.strong(kpi.name()) : c.text(""));
                    table.addCell(c.text(i == 0 ? kpi.formula() : ""));
                    KpiInput in = i < kpi.inputs().size() ? kpi.inputs().get(i) : null;
                    table.addCell(c.text(in == null ? "" : in.name()));
                    table.addCell(c.number(in == null ? "" : c.formats.auto(in.value(), in.unit())));
                    table.addCell(c.text(in == null ? "" : in.source()));
                    table.addCell(c.number(in == null ? "" : c.formats.percent(in.coveragePercent())));
                }
            }
            c.document.add(table);
        }
    }

    private static List<String> columns(PdfSection section) {
        return section.columns().isEmpty() ? SectionTypes.DEFAULT_COLUMNS.get(section.type()) : section.columns();
    }
}
