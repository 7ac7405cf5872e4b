package com.winccreports.recordexport;

import com.winccreports.job.HaltPoints;
import com.winccreports.job.publish.VersionPublisher;
import com.winccreports.publication.WrittenFiles;
import com.winccreports.recordexport.plan.ExportPlan;
import com.winccreports.recordexport.plan.ExportSectionPlan;
import com.winccreports.recordexport.plan.ExportSpec;
import com.winccreports.recordexport.plan.ExportTag;
import com.winccreports.recordexport.rows.TagCursor;
import com.winccreports.recordexport.rows.TagSummary;
import com.winccreports.recordexport.staging.ExportStore;
import com.winccreports.recordexport.write.CsvWriter;
import com.winccreports.recordexport.write.PdfSummary;
import com.winccreports.recordexport.write.SectionFiles;
import com.winccreports.recordexport.write.SummaryContent;
import com.winccreports.recordexport.write.Supplements;
import com.winccreports.recordexport.write.ValueText;
import com.winccreports.recordexport.write.XlsxExport;
import com.winccreports.shift.aggregate.TagStatistics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the files of every section of an export run into a folder, from the staged data only. */
final class ExportWriter {

    /** What was written, whether any section had incomplete data, and the notes the manifest carries. */
    record Written(List<Path> files, boolean incomplete, List<String> notes) {
    }

    private final ExportRun run;
    private final ExportPlan plan;
    private final ExportStore store;
    private final long instance;
    private final String packageId;
    private final ValueText text;
    private final HaltPoints haltPoints;
    private final WrittenFiles written;

    /** @param written measures the CSV files as they are written, so sealing need not read them again */
    ExportWriter(ExportRun run, ExportPlan plan, ExportStore store, long instance, String packageId,
            HaltPoints haltPoints, WrittenFiles written) {
        this.run = run;
        this.written = written;
        this.haltPoints = haltPoints;
        this.plan = plan;
        this.store = store;
        this.instance = instance;
        this.packageId = packageId;
        this.text = new ValueText(run.site().zone());
    }

    Written writeAll(Path folder, List<List<String>> parameters) {
        List<Path> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean incomplete = false;
        for (ExportSectionPlan section : plan.sections()) {
            incomplete |= write(folder, section, parameters, files);
            notes(section, store.items(instance, section.index(), ExportStore.ALARM))
                    .forEach(note -> notes.add(section.name() + ": " + note));
            haltPoints.reached(HaltPoints.RENDERED_TEMP_FILE);
        }
        return new Written(files, incomplete, notes);
    }

    /** Base of a section's file names: {@code <job>_<section>_v<n>}. */
    String base(ExportSectionPlan section) {
        return run.job().name() + "_" + section.name() + "_" + VersionPublisher.folderName(run.parameters().version());
    }

    private boolean write(Path folder, ExportSectionPlan section, List<List<String>> parameters, List<Path> files) {
        ExportSpec spec = run.spec();
        String base = base(section);
        List<ExportTag> tags = section.tags().stream().map(plan::tag).toList();
        Supplements.Table records = Supplements.records(store.items(instance, section.index(), ExportStore.RECORD));
        List<String> alarmItems = store.items(instance, section.index(), ExportStore.ALARM);
        Supplements.Table alarms = Supplements.alarms(alarmItems, text);
        List<TagSummary> summaries;
        CsvWriter csv = spec.formats().contains(ExportSpec.Format.CSV) ? csv(folder, base + ".csv", files) : null;
        try (XlsxExport xlsx = spec.formats().contains(ExportSpec.Format.XLSX) ? new XlsxExport(section.to()) : null) {
            summaries = new SectionFiles(spec, text).values(section, tags, (tag, onBlock) -> new TagCursor(store,
                    instance, tag, plan.partitionsOf(section.index(), tag.index()), onBlock), csv, xlsx);
            if (xlsx != null) {
                sheets(xlsx, tags, records, alarms);
                Path file = folder.resolve(base + ".xlsx");
                xlsx.write(file);
                files.add(file);
            }
        } finally {
            if (csv != null) {
                csv.close();
            }
        }
        supplementCsv(folder, base, records, alarms, files);
        List<SummaryContent.TagResult> results = new ArrayList<>();
        boolean incomplete = section.running() || run.parameters().preliminary()
                || Supplements.alarmsTruncated(alarmItems);
        for (TagSummary summary : summaries) {
            TagStatistics statistics = summary.finish(section.after().get(summary.tag().index()));
            results.add(new SummaryContent.TagResult(summary, statistics));
            incomplete |= summary.tag().profiled() && !statistics.stretches().isEmpty();
        }
        if (spec.formats().contains(ExportSpec.Format.PDF)) {
            Path file = folder.resolve(base + ".pdf");
            new PdfSummary(text).write(file, new SummaryContent(packageId, title(section), run.job().description(),
                    parameters(parameters, section), results, records.header(), records.rows(), alarms.header(),
                    alarms.rows(), notes(section, alarmItems)));
            files.add(file);
        }
        return incomplete;
    }

    private void supplementCsv(Path folder, String base, Supplements.Table records, Supplements.Table alarms,
            List<Path> files) {
        if (!run.spec().formats().contains(ExportSpec.Format.CSV)) {
            return;
        }
        if (run.job().userArchive() != null) {
            try (CsvWriter csv = csv(folder, base + "_records.csv", files)) {
                Supplements.csv(csv, records);
            }
        }
        if (run.job().alarms() != null) {
            try (CsvWriter csv = csv(folder, base + "_alarms.csv", files)) {
                Supplements.csv(csv, alarms);
            }
        }
    }

    private CsvWriter csv(Path folder, String name, List<Path> files) {
        Path file = folder.resolve(name);
        files.add(file);
        return new CsvWriter(file, written);
    }

    private void sheets(XlsxExport xlsx, List<ExportTag> tags, Supplements.Table records, Supplements.Table alarms) {
        if (run.job().userArchive() != null) {
            xlsx.table("Records", records.header(), records.rows());
        }
        if (run.job().alarms() != null) {
            xlsx.table("Alarms", alarms.header(), alarms.rows());
        }
        xlsx.table("Tags", List.of("tag", "archive", "unit", "kind", "description", "profile"), tags.stream()
                .map(t -> List.<Object>of(t.name(), t.archive(), t.unit(), t.profile().tagKind().name().toLowerCase(),
                        t.profile().description() == null ? "" : t.profile().description(),
                        t.profiled() ? "site" : "none (found by wildcard)"))
                .toList());
    }

    private String title(ExportSectionPlan section) {
        return run.job().name() + " · " + section.name() + " · v" + run.parameters().version();
    }

    private List<List<String>> parameters(List<List<String>> common, ExportSectionPlan section) {
        List<List<String>> rows = new ArrayList<>(common);
        rows.add(List.of("section", section.name() + (section.batchId() == null ? "" : " (batch " + section.batchId()
                + ")")));
        rows.add(List.of("span (UTC)", text.utc(section.from().toEpochMilli()) + " – "
                + text.utc(section.to().toEpochMilli())));
        rows.add(List.of("span (" + run.site().zone() + ")", text.local(section.from().toEpochMilli()) + " – "
                + text.local(section.to().toEpochMilli())));
        rows.add(List.of("tags", String.join(", ", section.tags().stream().map(i -> plan.tag(i).name()).toList())));
        return rows;
    }

    private List<String> notes(ExportSectionPlan section, List<String> alarmItems) {
        List<String> notes = new ArrayList<>();
        if (section.running()) {
            notes.add("Preliminary: batch " + section.batchId() + " was still running; the span ends at "
                    + section.to() + ", when the export was asked for.");
        } else if (run.parameters().preliminary()) {
            notes.add("Preliminary: the period had not ended; data up to " + section.to() + ".");
        }
        if (Supplements.alarmsTruncated(alarmItems)) {
            notes.add("The alarm list was cut at " + Supplements.alarmsReceived(alarmItems) + " alarms (export.maxAlarms, "
                    + "or the source's page-size where lower): the span may hold more alarms than listed.");
        }
        return notes;
    }
}
