package com.winccreports.shiftreport.steps;

import com.winccreports.definition.Definitions;
import com.winccreports.job.publish.ManifestParts;
import com.winccreports.job.read.ArchiveAccess;
import com.winccreports.publication.PackageFile;
import com.winccreports.publication.PackageManifest;
import com.winccreports.publication.Sha256;
import com.winccreports.report.Provenance;
import com.winccreports.shiftreport.ShiftReportRun;
import com.winccreports.system.HomeFolder;
import com.winccreports.system.Redaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
        return ReportAssembler.provenance(run, line, generatedAt, softwareVersion,
                Redaction.urls(archives.describe(run.job().source())),
                definitionHash(run), dataCutOff(execution));
    }

    PackageManifest manifest(ShiftReportRun run, JobExecution execution, List<PackageFile> files, boolean incomplete) {
        List<String> archiveNames = new ArrayList<>(run.archiveOfTag().values().stream().distinct().toList());
        if (run.job().userArchive() != null) {
            archiveNames.add(run.job().userArchive().name());
        }
        Map<String, String> parameters = ManifestParts.parameters(execution);
        return new PackageManifest(PackageManifest.FORMAT, UUID.randomUUID().toString(), "shift-report",
                ManifestParts.subject(run.job().name(), run.parameters().version(), run.lines(),
                        run.parameters().preliminary()),
                ManifestParts.period(run.parameters().period(), run.site().zone()), parameters,
                new PackageManifest.Source(run.job().source(), archives.describe(run.job().source()), archiveNames),
                ManifestParts.software(softwareVersion), inputs(run), files, new PackageManifest.DataState(dataCutOff(execution), incomplete),
                ManifestParts.requester(run.parameters()), clock.instant(),
                ManifestParts.execution(execution, clock), null, null);
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
        return ManifestParts.input(home.root(), role, file);
    }

    private Instant dataCutOff(JobExecution execution) {
        String cutOff = execution.getExecutionContext().getString(PrepareTasklet.DATA_CUT_OFF, null);
        return cutOff == null ? clock.instant() : Instant.parse(cutOff);
    }
}
