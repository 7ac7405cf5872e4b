package com.winccreports.render.excel;

import com.winccreports.render.CatalogContext;
import com.winccreports.render.CellValue;
import com.winccreports.render.ColumnCatalog;
import com.winccreports.render.NumberPatterns;
import com.winccreports.render.ReportFormats;
import com.winccreports.render.ReportMessages;
import com.winccreports.report.Provenance;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.ShiftResult;
import com.winccreports.shift.kpi.KpiResult;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves scalar placeholders ({@code ${line}}, {@code ${kpi.oee}}, {@code ${shift.Early.kpi.oee}},
 * {@code ${label.cover.site}} …) to catalog cells. The names are documented in docs/reports.md.
 */
final class ScalarValues {

    /** Scalar names without a key part. */
    static final Set<String> FIXED = Set.of("site", "line", "lineDescription", "lineTitle", "productionDay",
            "period", "period.label", "period.from", "period.fromOffset", "period.to", "period.toOffset", "zone",
            "report.id", "report.version", "report.supersedes", "report.status", "generatedAt", "generatedAt.offset",
            "software", "source", "archives", "job", "jobHash", "dataCutOff", "dataCutOff.offset", "downtime.total",
            "alarms.total", "batches.count", "quality.minCoverage");
    /** Attributes after {@code kpi.<key>.}; none means the value. */
    static final Set<String> KPI_ATTRIBUTES = Set.of("name", "unit", "target", "status", "formula", "calculation",
            "note", "incomplete");
    /** Attributes after {@code shift.<name>.}: the columns of the shifts table. */
    static final List<String> SHIFT_ATTRIBUTES = ColumnCatalog.table("shifts").names();

    private final ShiftReport report;
    private final ReportFormats formats;
    private final ReportMessages messages;
    private final CatalogContext context;

    ScalarValues(ShiftReport report, ReportFormats formats) {
        this.report = report;
        this.formats = formats;
        this.messages = formats.messages();
        this.context = new CatalogContext(report, messages);
    }

    /** The value, or empty when the name is unknown (or names a KPI/shift the report lacks). */
    Optional<CellValue> resolve(String name) {
        if (name.startsWith("label.")) {
            String key = name.substring("label.".length());
            return messages.has(key) ? Optional.of(new CellValue.Text(messages.get(key))) : Optional.empty();
        }
        if (name.startsWith("kpi.")) {
            return kpi(report.periodKpis(), name.substring("kpi.".length()));
        }
        if (name.startsWith("shift.")) {
            return shift(name.substring("shift.".length()));
        }
        return Optional.ofNullable(fixed(name));
    }

    private CellValue fixed(String name) {
        return switch (name) {
            case "site" -> text(report.site());
            case "line" -> text(report.line());
            case "lineDescription" -> text(report.lineDescription());
            case "lineTitle" -> text(report.line() + (report.lineDescription().isEmpty() ? ""
                    : " – " + report.lineDescription()));
            case "productionDay" -> report.period().multiDay() ? text(formats.productionDays(report.period()))
                    : new CellValue.Day(report.period().productionDay());
            case "period" -> text(formats.dateTime(report.period().from()) + " – "
                    + formats.dateTime(report.period().to()));
            case "period.label" -> text(context.periodLabel());
            case "period.from" -> new CellValue.Time(report.period().from());
            case "period.fromOffset" -> text(ReportFormats.offset(report.period().from().getOffset()));
            case "period.to" -> new CellValue.Time(report.period().to());
            case "period.toOffset" -> text(ReportFormats.offset(report.period().to().getOffset()));
            case "zone" -> text(report.period().zone().getId());
            case "downtime.total" -> CellValue.number(report.totalDowntime().toMillis() / 60_000.0,
                    NumberPatterns.MINUTES);
            case "alarms.total" -> CellValue.count(report.alarms().total());
            case "batches.count" -> CellValue.count(report.batches().size());
            case "quality.minCoverage" -> CellValue.number(report.dataQuality().minimumCoveragePercent() / 100.0,
                    NumberPatterns.SHARE);
            default -> provenance(name, report.provenance());
        };
    }

    private CellValue provenance(String name, Provenance p) {
        return switch (name) {
            case "report.id" -> text(p.reportId());
            case "report.version" -> new CellValue.Number(p.version(), "0");
            case "report.supersedes" -> text(p.supersedes()
                    ? messages.format("report.supersedes", p.supersedesVersion()) : "");
            case "report.status" -> text(messages.get(report.incomplete() ? "report.incomplete" : "report.complete"));
            case "generatedAt" -> new CellValue.Time(local(p.generatedAt()));
            case "generatedAt.offset" -> text(ReportFormats.offset(local(p.generatedAt()).getOffset()));
            case "software" -> text(p.softwareVersion());
            case "source" -> text(p.sourceServer());
            case "archives" -> text(String.join(", ", p.archives()));
            case "job" -> text(p.jobName());
            case "jobHash" -> text(p.jobDefinitionHash());
            case "dataCutOff" -> new CellValue.Time(local(p.dataCutOff()));
            case "dataCutOff.offset" -> text(ReportFormats.offset(local(p.dataCutOff()).getOffset()));
            default -> null;
        };
    }

    private Optional<CellValue> kpi(List<KpiResult> kpis, String rest) {
        for (KpiResult kpi : kpis) {
            if (rest.equals(kpi.id())) {
                return Optional.of(CellValue.number(kpi.value(), pattern(kpi)));
            }
            if (rest.startsWith(kpi.id() + ".")) {
                return Optional.ofNullable(kpiAttribute(kpi, rest.substring(kpi.id().length() + 1)));
            }
        }
        return Optional.empty();
    }

    private CellValue kpiAttribute(KpiResult kpi, String attribute) {
        return switch (attribute) {
            case "name" -> text(context.kpiName(kpi));
            case "unit" -> text(NumberPatterns.displayUnit(kpi.unit()));
            case "target" -> kpi.target() == null ? CellValue.MISSING : CellValue.number(kpi.target(), pattern(kpi));
            case "status" -> new CellValue.Status(kpi.status());
            case "formula" -> text(kpi.formula());
            case "calculation" -> text(kpi.calculation());
            case "note" -> text(kpi.note() == null ? "" : kpi.note());
            case "incomplete" -> context.yesNo(kpi.incomplete());
            default -> null;
        };
    }

    private String pattern(KpiResult kpi) {
        return NumberPatterns.forUnit(kpi.unit(), messages);
    }

    private Optional<CellValue> shift(String rest) {
        for (ShiftResult shift : report.shifts()) {
            String prefix = shift.shift().name() + ".";
            if (rest.startsWith(prefix + "kpi.")) {
                return kpi(shift.kpis(), rest.substring(prefix.length() + "kpi.".length()));
            }
            if (rest.startsWith(prefix)) {
                return shiftColumn(shift, rest.substring(prefix.length()));
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private Optional<CellValue> shiftColumn(ShiftResult shift, String column) {
        var table = (com.winccreports.render.CatalogTable<ShiftResult>) ColumnCatalog.table("shifts");
        return Optional.ofNullable(table.column(column)).map(c -> c.value().apply(context, shift));
    }

    private OffsetDateTime local(Instant instant) {
        return instant.atZone(report.period().zone()).toOffsetDateTime();
    }

    private static CellValue text(String text) {
        return new CellValue.Text(text);
    }
}
