package com.winccreports.recordexport;

import com.winccreports.job.read.ArchiveAccess;
import com.winccreports.publication.PackageFile;
import com.winccreports.publication.PackageManifest;
import com.winccreports.publication.Sha256;
import com.winccreports.recordexport.plan.ExportPlan;
import com.winccreports.recordexport.plan.ExportSpec;
import com.winccreports.recordexport.plan.ExportTag;
import com.winccreports.recordexport.staging.ExportStore;
import com.winccreports.system.HomeFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
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
     * and rows), whether data was incomplete, and who asked.
     */
    PackageManifest manifest(ExportRun run, JobExecution execution, ExportPlan plan, List<PackageFile> files,
            boolean incomplete) {
        var period = run.parameters().period();
        int version = run.parameters().version();
        long instance = execution.getJobInstance().getInstanceId();
        Map<String, String> parameters = new LinkedHashMap<>();
        execution.getJobParameters().parameters().forEach(p -> parameters.put(p.name(), String.valueOf(p.value())));
        parameters.putAll(exportParameters(run.spec()));
        Instant started = execution.getStartTime() == null ? clock.instant()
                : execution.getStartTime().atZone(ZoneId.systemDefault()).toInstant();
        String runBy = run.parameters().runBy();
        return new PackageManifest(PackageManifest.FORMAT, packageId(instance), "record-export",
                new PackageManifest.Subject(run.job().name(), version, version > 1 ? version - 1 : null,
                        run.parameters().lines()),
                PackageManifest.Period.of(period.label(), period.from(), period.to(), run.site().zone()), parameters,
                new PackageManifest.Source(run.job().source(), archives.describe(run.job().source()),
                        archiveNames(run, plan)),
                new PackageManifest.Software("wincc-reports", softwareVersion, System.getProperty("java.version")),
                List.of(entry("definition", run.jobFile()), entry("site", run.siteFile())), files,
                new PackageManifest.DataState(clock.instant(), incomplete),
                new PackageManifest.Requester(runBy, "scheduler".equals(runBy) ? PackageManifest.Requester.SCHEDULER
                        : PackageManifest.Requester.OS_USER, host()),
                clock.instant(), new PackageManifest.Execution(instance, execution.getId(), started), null, null);
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
        return parameters;
    }

    private static List<String> archiveNames(ExportRun run, ExportPlan plan) {
        List<String> names = new ArrayList<>(plan.tags().stream().map(ExportTag::archive).distinct().toList());
        if (run.job().userArchive() != null) {
            names.add(run.job().userArchive().name());
        }
        if (run.job().alarms() != null) {
            names.add(run.job().alarms().archive() + "/" + run.job().alarms().restFilter());
        }
        return names;
    }

    private PackageFile entry(String role, Path file) {
        try {
            return new PackageFile(home.root().toAbsolutePath().relativize(file.toAbsolutePath()).toString()
                    .replace('\\', '/'), role, Files.size(file), Sha256.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
