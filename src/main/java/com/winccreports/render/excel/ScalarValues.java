package com.winccreports.render.excel;

import com.winccreports.render.ReportFormats;
import com.winccreports.render.ReportMessages;
import com.winccreports.report.KpiResult;
import com.winccreports.report.Provenance;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.ShiftResult;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves scalar placeholders ({@code ${line}}, {@code ${kpi.oee}}, {@code ${shift.Early.kpi.oee}},
 * {@code ${label.cover.site}} …) to typed cell values. The names are documented in docs/reports.md.
 */
final class ScalarValues {

    /** Scalar names without a key part. */
    static final Set<String> FIXED = Set.of("site", "line", "lineDescription", "productionDay", "period",
            "period.from", "period.fromOffset", "period.to", "period.toOffset", "zone", "report.id",
            "report.version", "report.supersedes", "report.status", "generatedAt", "generatedAt.offset",
            "software", "source", "archives", "job", "jobHash", "dataCutOff", "dataCutOff.offset",
            "downtime.total", "alarms.total", "batches.count", "quality.minCoverage");
    /** Attributes after {@code kpi.<key>.}; none means the value. */
    static final Set<String> KPI_ATTRIBUTES = Set.of("name", "unit", "target", "status", "formula", "incomplete");
    /** Attributes after {@code shift.<name>.}. */
    static final Set<String> SHIFT_ATTRIBUTES = Set.of("label", "crew", "start", "startOffset", "end", "endOffset",
            "hours");

    private final ShiftReport report;
    private final ReportFormats formats;
    private final ReportMessages messages;

    ScalarValues(ShiftReport report, ReportFormats formats) {
        this.report = report;
        this.formats = formats;
        this.messages = formats.messages();
    }

    /** The value, or empty when the name is unknown (or names a KPI/shift the report lacks). */
    Optional<Object> resolve(String name) {
        if (name.startsWith("label.")) {
            String key = name.substring("label.".length());
            return messages.has(key) ? Optional.of(messages.get(key)) : Optional.empty();
        }
        if (name.startsWith("kpi.")) {
            return kpi(report.periodKpis(), name.substring("kpi.".length()));
        }
        if (name.startsWith("shift.")) {
            return shift(name.substring("shift.".length()));
        }
        return Optional.ofNullable(fixed(name));
    }

    private Object fixed(String name) {
        return switch (name) {
            case "site" -> report.site();
            case "line" -> report.line();
            case "lineDescription" -> report.lineDescription();
            case "productionDay" -> report.period().productionDay();
            case "period" -> formats.dateTime(report.period().from()) + " – " + formats.dateTime(report.period().to());
            case "period.from" -> report.period().from().toLocalDateTime();
            case "period.fromOffset" -> ReportFormats.offset(report.period().from().getOffset());
            case "period.to" -> report.period().to().toLocalDateTime();
            case "period.toOffset" -> ReportFormats.offset(report.period().to().getOffset());
            case "zone" -> report.period().zone().getId();
            case "downtime.total" -> report.totalDowntime().toSeconds() / 60.0;
            case "alarms.total" -> report.alarms().total();
            case "batches.count" -> report.batches().size();
            case "quality.minCoverage" -> CellValues.Percent.of(report.dataQuality().minimumCoveragePercent());
            default -> provenance(name, report.provenance());
        };
    }

    private Object provenance(String name, Provenance p) {
        return switch (name) {
            case "report.id" -> p.reportId();
            case "report.version" -> p.version();
            case "report.supersedes" -> p.supersedes() ? messages.format("report.supersedes", p.supersedesVersion()) : "";
            case "report.status" -> messages.get(report.incomplete() ? "report.incomplete" : "report.complete");
            case "generatedAt" -> local(p.generatedAt());
            case "generatedAt.offset" -> offset(p.generatedAt());
            case "software" -> p.softwareVersion();
            case "source" -> p.sourceServer();
            case "archives" -> String.join(", ", p.archives());
            case "job" -> p.jobName();
            case "jobHash" -> p.jobDefinitionHash();
            case "dataCutOff" -> local(p.dataCutOff());
            case "dataCutOff.offset" -> offset(p.dataCutOff());
            default -> null;
        };
    }

    private Optional<Object> kpi(List<KpiResult> kpis, String rest) {
        for (KpiResult kpi : kpis) {
            if (rest.equals(kpi.key())) {
                return Optional.ofNullable(orBlank(CellValues.quantity(kpi.value(), kpi.unit())));
            }
            if (rest.startsWith(kpi.key() + ".")) {
                return Optional.ofNullable(kpiAttribute(kpi, rest.substring(kpi.key().length() + 1)));
            }
        }
        return Optional.empty();
    }

    Object kpiAttribute(KpiResult kpi, String attribute) {
        return switch (attribute) {
            case "name" -> kpi.name();
            case "unit" -> kpi.unit();
            case "target" -> orBlank(CellValues.quantity(kpi.target(), kpi.unit()));
            case "status" -> new CellValues.Status(kpi.status(), messages.get("status." + kpi.status()));
            case "formula" -> kpi.formula();
            case "incomplete" -> messages.get(kpi.incomplete() ? "yes" : "no");
            default -> null;
        };
    }

    private Optional<Object> shift(String rest) {
        for (ShiftResult shift : report.shifts()) {
            String prefix = shift.shift().name() + ".";
            if (rest.startsWith(prefix + "kpi.")) {
                return kpi(shift.kpis(), rest.substring(prefix.length() + "kpi.".length()));
            }
            if (rest.startsWith(prefix)) {
                return Optional.ofNullable(TableCatalog.shiftColumn(shift, rest.substring(prefix.length()), messages));
            }
        }
        return Optional.empty();
    }

    private Object local(Instant instant) {
        return instant.atZone(report.period().zone()).toLocalDateTime();
    }

    private String offset(Instant instant) {
        OffsetDateTime time = instant.atZone(report.period().zone()).toOffsetDateTime();
        return ReportFormats.offset(time.getOffset());
    }

    /** An empty string rather than "unknown" for a known KPI without a value. */
    private static Object orBlank(Object value) {
        return value == null ? "" : value;
    }
}
