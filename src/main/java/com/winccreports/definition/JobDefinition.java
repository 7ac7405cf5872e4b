package com.winccreports.definition;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.winccreports.shift.kpi.KpiMapping;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One report job, from {@code jobs/<name>.yaml}: the WinCC source and site it reads, the lines, the tags
 * with their aggregates, the batch user archive, the KPI mapping, the alarm selection, how it is rendered,
 * when it runs and how it is partitioned, the longest period one report may cover ({@code maxPeriod}, by default
 * {@link Kind#defaultMaxPeriod()}); an export job also its {@code export:} section. The name is the file name
 * without {@code .yaml}.
 */
public record JobDefinition(
        String name,
        Kind kind,
        String description,
        String source,
        String site,
        List<String> lines,
        List<TagSelection> tags,
        UserArchiveSelection userArchive,
        KpiMappingRecord kpis,
        AlarmSelection alarms,
        ReportSection report,
        ScheduleSection schedule,
        PartitioningSection partitioning,
        ExportSection export, Duration maxPeriod) {

    public JobDefinition {
        Objects.requireNonNull(kind, "kind");
        source = source == null ? "embedded" : source;
        lines = lines == null ? List.of() : List.copyOf(lines);
        tags = tags == null ? List.of() : List.copyOf(tags);
        report = report == null ? new ReportSection(null, null, null, null) : report;
        schedule = schedule == null ? new ScheduleSection(null, null, null, null, null, null, null) : schedule;
        partitioning = partitioning == null ? PartitioningSection.DEFAULTS : partitioning;
        kpis = kpis == null ? KpiMappingRecord.NONE : kpis;
        maxPeriod = maxPeriod == null ? kind.defaultMaxPeriod() : maxPeriod;
    }

    /** The {@code kpis:} section for one line as the file gives it: {@code {line}} in tag names replaced. */
    public KpiMappingRecord kpiRecordFor(String line) {
        return LineKpis.expand(kpis, line);
    }

    /** The KPI mapping for one line, {@code {line}} in tag names replaced; the definitions checked it at loading. */
    public KpiMapping kpisFor(String line) {
        return kpiRecordFor(line).toMapping();
    }

    /** The same definition named after its file. */
    public JobDefinition withName(String fileName) {
        return new JobDefinition(fileName, kind, description, source, site, lines, tags, userArchive, kpis, alarms,
                report, schedule, partitioning, export, maxPeriod);
    }

    /** The names of the tags this job reads for {@code forLines}, {@code {line}} expanded, in the job's order. */
    public List<String> tagNames(List<String> forLines) {
        List<String> names = new ArrayList<>();
        for (TagSelection selection : tags) {
            if (selection.perLine()) {
                forLines.forEach(line -> names.add(selection.tagFor(line)));
            } else {
                names.add(selection.tag());
            }
        }
        return names;
    }

    /**
     * The formats this job publishes, as file extensions: an export's {@code export.formats} (all three when it names
     * none), a report's {@code report.formats}.
     */
    public List<String> publishedFormats() {
        if (kind == Kind.RECORD_EXPORT) {
            return export == null ? ExportSection.ALL_FORMATS
                    : export.formatsOrAll().stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList();
        }
        return report.formats().stream().map(ReportSection.ReportFormat::extension).toList();
    }

    /** Whether a run may ask for some of {@link #publishedFormats} only (an export) or gets all of them (a report). */
    public boolean formatsSelectable() {
        return kind == Kind.RECORD_EXPORT;
    }

    /** The lines this job reports: its own list, else every line of {@code siteDefinition}. */
    public List<String> linesOf(SiteDefinition siteDefinition) {
        return lines.isEmpty() ? siteDefinition.lines() : lines;
    }

    /** The kinds of job the product runs. */
    public enum Kind {
        @JsonProperty("shift-report") SHIFT_REPORT("shift-report", Duration.ofDays(93), false),
        @JsonProperty("record-export") RECORD_EXPORT("record-export", Duration.ofDays(93), true);

        private final String id;
        private final Duration defaultMaxPeriod;
        private final boolean batches;

        Kind(String id, Duration defaultMaxPeriod, boolean batches) {
            this.id = id;
            this.defaultMaxPeriod = defaultMaxPeriod;
            this.batches = batches;
        }

        /** Whether a job of this kind runs for a batch ({@code run <job> --batch ID}), not only for periods. */
        public boolean batches() {
            return batches;
        }

        /** The name in {@code kind:}. */
        public String id() {
            return id;
        }

        /** The longest period a report of this kind covers unless the job says {@code maxPeriod}. */
        public Duration defaultMaxPeriod() {
            return defaultMaxPeriod;
        }
    }
}
