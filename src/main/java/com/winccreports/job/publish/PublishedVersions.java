package com.winccreports.job.publish;

import com.winccreports.job.RunParameters;
import com.winccreports.publication.PackageFile;
import com.winccreports.publication.PackageManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.batch.core.job.JobExecution;

/**
 * What every job kind's publish step does around its files: adopts a version folder its own run published
 * before a crash (completing the ZIP if the crash came first), and registers a published version, marking the
 * older versions of the period superseded.
 */
public final class PublishedVersions {

    private final VersionPublisher publisher;
    private final PublicationStore publications;
    private final Clock clock;

    public PublishedVersions(VersionPublisher publisher, PublicationStore publications, Clock clock) {
        this.publisher = publisher;
        this.publications = publications;
        this.clock = clock;
    }

    /**
     * The version at {@code target}: the folder already there when it is this run's own (renamed just before a
     * crash, or kept when the job database was lost and the period run again — {@link #adopt}), except a
     * preliminary one of an earlier run, which the new preliminary report replaces; otherwise what
     * {@code publish} writes. Returns its manifest, read once.
     */
    public PackageManifest publishOrAdopt(Path target, RunParameters parameters, long instance, String job,
            List<String> lines, Supplier<PackageManifest> publish) {
        if (Files.isDirectory(target)) {
            PackageManifest existing = VersionPublisher.readManifest(target);
            if (!parameters.preliminary() || existing.execution().jobInstanceId() == instance) {
                return adopt(target, existing, job, parameters.period().label(), parameters.version(), lines);
            }
        }
        return publish.get();
    }

    /**
     * Keeps a version folder that holds this very report or export ({@code job}, {@code period}, {@code version},
     * {@code lines}) — published by this job instance before a crash, or by an earlier job database (the history
     * then says it was kept, not written) — and makes its ZIP if a crash came before it. Anything else in its
     * place is refused, never overwritten. Returns its manifest.
     */
    private PackageManifest adopt(Path target, PackageManifest existing, String job, String period, int version,
            List<String> lines) {
        PackageManifest.Subject subject = existing.subject();
        String label = existing.period() == null ? null : existing.period().label();
        if (subject == null || !subject.job().equals(job) || !period.equals(label) || subject.version() != version
                || !subject.lines().equals(lines)) {
            throw new IllegalStateException(target + " holds " + existing.occasion() + (subject == null ? ""
                    : " lines " + subject.lines()) + ", not this one: move it away");
        }
        publisher.completePackage(target);
        return existing;
    }

    /** Records version {@code version} of {@code period} as published in {@code target}; older ones superseded. */
    public void register(PackageManifest manifest, String job, String period, String linesKey, int version,
            JobExecution execution, Path target, boolean incomplete) {
        List<String> files = manifest.files().stream().map(PackageFile::path).toList();
        publications.record(new Publication(job, period, linesKey, version, execution.getJobInstance().getInstanceId(),
                execution.getId(), target, files, incomplete, clock.instant(), null));
        // a final version supersedes the preliminary report (version 0) and every earlier version
        for (int older = version == 0 ? 1 : 0; older < version; older++) {
            VersionPublisher.markSuperseded(target.resolveSibling(VersionPublisher.folderName(older)), version,
                    clock.instant());
        }
    }
}
