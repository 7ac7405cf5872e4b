package com.winccreports.shiftreport.steps;

import com.winccreports.definition.Definitions;
import com.winccreports.job.publish.Manifest;
import com.winccreports.job.publish.Sha256;
import com.winccreports.job.read.ArchiveAccess;
import com.winccreports.report.Provenance;
import com.winccreports.shiftreport.ShiftReportRun;
import com.winccreports.system.HomeFolder;
import com.winccreports.system.Redaction;
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

/** Builds manifests and report provenance: what was run, from which inputs, against which server, by whom. */
public final class ManifestFactory {

    private final HomeFolder home;
    private final ArchiveAccess archives;
    private final String softwareVersion;
    private final Clock clock;

    public ManifestFactory(HomeFolder home, ArchiveAccess archives, String softwareVersion, Clock clock) {
        this.home = home;
        this.archives = archives;
        this.softwareVersion = softwareVersion;
        this.clock = clock;
    }

    /** SHA-256 over the job file and its site file, as the run pins it. */
    public String definitionHash(ShiftReportRun run) {
        Definitions definitions = Definitions.load(home);
        return Sha256.of((Sha256.of(definitions.fileOf(run.job())) + Sha256.of(definitions.fileOf(run.site())))
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    Provenance provenance(ShiftReportRun run, String line, Instant generatedAt, JobExecution execution) {
        return ReportAssembler.provenance(run, line, generatedAt, softwareVersion,
                Redaction.urls(archives.describe(run.job().source())),
                definitionHash(run), dataCutOff(execution));
    }

    Manifest manifest(ShiftReportRun run, JobExecution execution, List<Manifest.FileEntry> files, boolean incomplete) {
        var period = run.parameters().period();
        Manifest.Report report = new Manifest.Report(run.job().name(), period.label(), period.from(), period.to(),
                run.lines(), run.parameters().version(), run.parameters().version() > 1
                        ? run.parameters().version() - 1 : null, run.parameters().preliminary());
        List<String> archiveNames = new ArrayList<>(run.archiveOfTag().values().stream().distinct().toList());
        if (run.job().userArchive() != null) {
            archiveNames.add(run.job().userArchive().name());
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        execution.getJobParameters().parameters().forEach(p -> parameters.put(p.name(), String.valueOf(p.value())));
        Instant started = execution.getStartTime() == null ? clock.instant()
                : execution.getStartTime().atZone(ZoneId.systemDefault()).toInstant();
        return new Manifest(report, files, new Manifest.Software("wincc-reports", softwareVersion,
                System.getProperty("java.version")), inputs(run),
                new Manifest.Source(run.job().source(), Redaction.urls(archives.describe(run.job().source())),
                        archiveNames), parameters,
                dataCutOff(execution), incomplete, run.parameters().runBy(), host(),
                new Manifest.Execution(execution.getJobInstance().getInstanceId(), execution.getId(), started,
                        clock.instant()));
    }

    private List<Manifest.FileEntry> inputs(ShiftReportRun run) {
        Definitions definitions = Definitions.load(home);
        List<Manifest.FileEntry> inputs = new ArrayList<>();
        inputs.add(entry("definition", definitions.fileOf(run.job())));
        inputs.add(entry("site", definitions.fileOf(run.site())));
        for (String template : new String[] {run.job().report().template(), run.job().report().layout()}) {
            if (template != null && Files.isRegularFile(home.root().resolve(template))) {
                inputs.add(entry("template", home.root().resolve(template)));
            }
        }
        return inputs;
    }

    private Manifest.FileEntry entry(String role, Path file) {
        try {
            return new Manifest.FileEntry(role, home.root().relativize(file.toAbsolutePath()).toString(),
                    Files.size(file), Sha256.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Instant dataCutOff(JobExecution execution) {
        String cutOff = execution.getExecutionContext().getString(PrepareTasklet.DATA_CUT_OFF, null);
        return cutOff == null ? clock.instant() : Instant.parse(cutOff);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
