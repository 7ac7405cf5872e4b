package com.winccreports.recordexport;

import com.winccreports.job.publish.Manifest;
import com.winccreports.job.publish.Sha256;
import com.winccreports.job.read.ArchiveAccess;
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

    Manifest manifest(ExportRun run, JobExecution execution, ExportPlan plan, List<Manifest.FileEntry> files,
            boolean incomplete) {
        var period = run.parameters().period();
        int version = run.parameters().version();
        Manifest.Report report = new Manifest.Report(run.job().name(), period.label(), period.from(), period.to(),
                run.parameters().lines(), version, version > 1 ? version - 1 : null);
        Map<String, String> parameters = new LinkedHashMap<>();
        execution.getJobParameters().parameters().forEach(p -> parameters.put(p.name(), String.valueOf(p.value())));
        parameters.put("packageId", packageId(execution.getJobInstance().getInstanceId()));
        Instant started = execution.getStartTime() == null ? clock.instant()
                : execution.getStartTime().atZone(ZoneId.systemDefault()).toInstant();
        return new Manifest(report, files, new Manifest.Software("wincc-reports", softwareVersion,
                System.getProperty("java.version")), List.of(entry("definition", run.jobFile()),
                        entry("site", run.siteFile())),
                new Manifest.Source(run.job().source(), archives.describe(run.job().source()), archiveNames(run, plan)),
                parameters, clock.instant(), incomplete, run.parameters().runBy(), host(),
                new Manifest.Execution(execution.getJobInstance().getInstanceId(), execution.getId(), started,
                        clock.instant()));
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

    private Manifest.FileEntry entry(String role, Path file) {
        try {
            return new Manifest.FileEntry(role, home.root().toAbsolutePath().relativize(file.toAbsolutePath())
                    .toString(), Files.size(file), Sha256.of(file));
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
