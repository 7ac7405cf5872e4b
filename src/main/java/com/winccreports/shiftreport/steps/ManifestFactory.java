package com.winccreports.shiftreport.steps;

import com.winccreports.definition.Definitions;
import com.winccreports.job.read.ArchiveAccess;
import com.winccreports.publication.PackageFile;
import com.winccreports.publication.PackageManifest;
import com.winccreports.publication.Sha256;
import com.winccreports.report.Provenance;
import com.winccreports.shiftreport.ShiftReportRun;
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
import java.util.UUID;
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
        return ReportAssembler.provenance(run, line, generatedAt, softwareVersion, archives.describe(run.job().source()),
                definitionHash(run), dataCutOff(execution));
    }

    PackageManifest manifest(ShiftReportRun run, JobExecution execution, List<PackageFile> files, boolean incomplete) {
        var period = run.parameters().period();
        int version = run.parameters().version();
        List<String> archiveNames = new ArrayList<>(run.archiveOfTag().values().stream().distinct().toList());
        if (run.job().userArchive() != null) {
            archiveNames.add(run.job().userArchive().name());
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        execution.getJobParameters().parameters().forEach(p -> parameters.put(p.name(), String.valueOf(p.value())));
        Instant started = execution.getStartTime() == null ? clock.instant()
                : execution.getStartTime().atZone(ZoneId.systemDefault()).toInstant();
        String runBy = run.parameters().runBy();
        return new PackageManifest(PackageManifest.FORMAT, UUID.randomUUID().toString(), "shift-report",
                new PackageManifest.Subject(run.job().name(), version, version > 1 ? version - 1 : null, run.lines()),
                PackageManifest.Period.of(period.label(), period.from(), period.to(), run.site().zone()), parameters,
                new PackageManifest.Source(run.job().source(), archives.describe(run.job().source()), archiveNames),
                new PackageManifest.Software("wincc-reports", softwareVersion, System.getProperty("java.version")),
                inputs(run), files, new PackageManifest.DataState(dataCutOff(execution), incomplete),
                new PackageManifest.Requester(runBy, "scheduler".equals(runBy) ? PackageManifest.Requester.SCHEDULER
                        : PackageManifest.Requester.OS_USER, host()),
                clock.instant(), new PackageManifest.Execution(execution.getJobInstance().getInstanceId(),
                        execution.getId(), started), null, null);
    }

    private List<PackageFile> inputs(ShiftReportRun run) {
        Definitions definitions = Definitions.load(home);
        List<PackageFile> inputs = new ArrayList<>();
        inputs.add(entry("definition", definitions.fileOf(run.job())));
        inputs.add(entry("site", definitions.fileOf(run.site())));
        for (String template : new String[] {run.job().report().template(), run.job().report().layout()}) {
            if (template != null && Files.isRegularFile(home.root().resolve(template))) {
                inputs.add(entry("template", home.root().resolve(template)));
            }
        }
        return inputs;
    }

    private PackageFile entry(String role, Path file) {
        try {
            return new PackageFile(home.root().relativize(file.toAbsolutePath()).toString().replace('\\', '/'), role,
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
