package com.winccreports.recordexport;

import com.winccreports.definition.AlarmSelection;
import com.winccreports.job.RunParameters;
import com.winccreports.job.publish.ManifestParts;
import com.winccreports.job.read.ArchiveAccess;
import com.winccreports.publication.PackageFile;
import com.winccreports.publication.PackageManifest;
import com.winccreports.recordexport.plan.ExportPlan;
import com.winccreports.recordexport.plan.ExportSpec;
import com.winccreports.recordexport.plan.ExportTag;
import com.winccreports.recordexport.staging.ExportStore;
import com.winccreports.system.HomeFolder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;

/** The manifest of an export version and the parameters its summary prints. */
final class ExportManifests {

    private final HomeFolder home;
    private final ArchiveAccess archives;
    private final ExportStore store;
    private final String softwareVersion;
    private final Clock clock;

    ExportManifests(HomeFolder home, ArchiveAccess archives, ExportStore store, String softwareVersion, Clock clock) {
        this.home = home;
        this.archives = archives;
        this.store = store;
        this.softwareVersion = softwareVersion;
        this.clock = clock;
    }

    String packageId(long instance) {
        return store.packageId(instance).orElseThrow(() -> new IllegalStateException("no package id staged for job "
                + "instance " + instance));
    }

    /** What the summary's parameter table starts with (the section adds its own rows). */
    List<List<String>> parameters(ExportRun run, JobExecution execution, ExportPlan plan) {
        ExportSpec spec = run.spec();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("package id", packageId(execution.getJobInstance().getInstanceId())));
        rows.add(List.of("job", run.job().name() + " (record-export), version " + run.parameters().version()));
        rows.add(List.of("period", run.parameters().period().label() + " [" + run.parameters().period().from() + ", "
                + run.parameters().period().to() + ")"));
        rows.add(List.of("shape", spec.shape() == ExportSpec.Shape.RAW ? "raw: every archived value" : "aligned: "
                + spec.interval() + " windows, " + (spec.aggregates().isEmpty() ? "timeAverage (analog) / last"
                        : String.join(", ", spec.aggregates().stream().map(a -> a.id()).toList()))
                + (spec.interpolate() ? ", gaps interpolated (marked)" : ", gaps left empty (flagged)")));
        rows.add(List.of("formats", String.join(", ", spec.formats().stream().map(ExportSpec.Format::extension)
                .toList())));
        rows.add(List.of("source", run.job().source() + " " + archives.describe(run.job().source())));
        rows.add(List.of("archives", String.join(", ", archiveNames(run, plan))));
        rows.add(List.of("requested by", run.parameters().runBy()));
        return rows;
    }

    /**
     * The package manifest of a version: kind {@code record-export}, the package id the summary prints, the job
     * parameters and the export's own (shape, interval, aggregates, fill, formats, batch and margin), the period
     * with offsets in the site's zone, source and archives, inputs, every file (the sealer adds sizes, SHA-256
     * and rows), whether data was incomplete and why (the writer's notes), and who asked.
     */
    PackageManifest manifest(ExportRun run, JobExecution execution, ExportPlan plan, List<PackageFile> files,
            ExportWriter.Written written) {
        RunParameters asked = run.parameters();
        Map<String, String> parameters = ManifestParts.parameters(execution);
        parameters.putAll(exportParameters(run.spec()));
        String source = run.job().source();
        PackageManifest.Source read = new PackageManifest.Source(source, archives.describe(source),
                archiveNames(run, plan));
        List<PackageFile> inputs = List.of(ManifestParts.input(home.root(), "definition", run.jobFile()),
                ManifestParts.input(home.root(), "site", run.siteFile()));
        return new PackageManifest(PackageManifest.FORMAT, packageId(execution.getJobInstance().getInstanceId()),
                "record-export", ManifestParts.subject(run.job().name(), asked.version(), linesOf(plan),
                        asked.preliminary()),
                ManifestParts.period(asked.period(), run.site().zone()), parameters, read,
                ManifestParts.software(softwareVersion), inputs, files,
                new PackageManifest.DataState(clock.instant(), written.incomplete(), written.notes()), ManifestParts.requester(asked),
                clock.instant(), ManifestParts.execution(execution, clock), null, null);
    }

    /** The export's settings as manifest parameters ({@code export.*}). */
    static Map<String, String> exportParameters(ExportSpec spec) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("export.shape", spec.shape().name().toLowerCase(java.util.Locale.ROOT));
        if (spec.shape() == ExportSpec.Shape.ALIGNED) {
            parameters.put("export.interval", spec.interval().toString());
            parameters.put("export.aggregates", spec.aggregates().isEmpty() ? "timeAverage (analog) / last"
                    : String.join(",", spec.aggregates().stream().map(a -> a.id()).toList()));
            parameters.put("export.fill", spec.interpolate() ? "interpolate" : "none");
        }
        parameters.put("export.formats", String.join(",", spec.formats().stream().map(ExportSpec.Format::extension)
                .toList()));
        parameters.put("export.batchMargin", spec.batchMargin().toString());
        parameters.put("export.sections", spec.sectionPerBatch() ? "batch" : "period");
        parameters.put("export.maxAlarms", Integer.toString(spec.maxAlarms()));
        return parameters;
    }

    /** The lines the package holds: a batch's line, else the run's lines (those asked for, or the job's). */
    private static List<String> linesOf(ExportPlan plan) {
        return plan.sections().stream().flatMap(s -> s.lines().stream()).distinct().toList();
    }

    private static List<String> archiveNames(ExportRun run, ExportPlan plan) {
        List<String> names = new ArrayList<>(plan.tags().stream().map(ExportTag::archive).distinct().toList());
        if (run.job().userArchive() != null) {
            names.add(run.job().userArchive().name());
        }
        AlarmSelection alarms = run.job().alarms();
        if (alarms != null) {
            alarms.filtersFor(linesOf(plan)).forEach(filter -> names.add(alarms.archive() + "/" + filter));
        }
        return names;
    }
}
