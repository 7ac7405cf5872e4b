package com.winccreports.job.publish;

import com.winccreports.job.RunParameters;
import com.winccreports.period.ReportPeriod;
import com.winccreports.publication.PackageFile;
import com.winccreports.publication.HostName;
import com.winccreports.publication.PackageManifest;
import com.winccreports.publication.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;

/**
 * The parts of a package manifest every job kind fills the same way: the job parameters, the execution, who
 * asked (and from which host), and the input files (job and site definitions, templates) with their SHA-256.
 */
public final class ManifestParts {

    private ManifestParts() {
    }

    /** Job and version; a version after the first supersedes the one before. */
    public static PackageManifest.Subject subject(String job, int version, List<String> lines) {
        return subject(job, version, lines, false);
    }

    /** As {@link #subject(String, int, List)}, for a preliminary report (its period had not ended) too. */
    public static PackageManifest.Subject subject(String job, int version, List<String> lines, boolean preliminary) {
        return new PackageManifest.Subject(job, version, version > 1 ? version - 1 : null, lines, preliminary);
    }

    /** The period in UTC and in the site's zone with offsets. */
    public static PackageManifest.Period period(ReportPeriod period, ZoneId zone) {
        return PackageManifest.Period.of(period.label(), period.from(), period.to(), zone);
    }

    /** This software on this JVM. */
    public static PackageManifest.Software software(String version) {
        return new PackageManifest.Software("wincc-reports", version, System.getProperty("java.version"));
    }

    /** The execution's job parameters by name, as text. */
    public static Map<String, String> parameters(JobExecution execution) {
        Map<String, String> parameters = new LinkedHashMap<>();
        execution.getJobParameters().parameters().forEach(p -> parameters.put(p.name(), String.valueOf(p.value())));
        return parameters;
    }

    /** The job instance and execution, and when the execution started. */
    public static PackageManifest.Execution execution(JobExecution execution, Clock clock) {
        return new PackageManifest.Execution(execution.getJobInstance().getInstanceId(), execution.getId(),
                execution.getStartTime() == null ? clock.instant()
                        : execution.getStartTime().atZone(ZoneId.systemDefault()).toInstant());
    }

    /** Who asked: the scheduler, a user signed in to the web page or API, or the command line's operating-system user. */
    public static PackageManifest.Requester requester(RunParameters parameters) {
        return new PackageManifest.Requester(parameters.runBy(), parameters.identifiedBy(), HostName.get());
    }

    /** An input file, its path relative to the home folder {@code root}. */
    public static PackageFile input(Path root, String role, Path file) {
        try {
            return new PackageFile(root.toAbsolutePath().relativize(file.toAbsolutePath()).toString()
                    .replace('\\', '/'), role, Files.size(file), Sha256.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
