package com.winccreports.job.publish;

import com.winccreports.publication.PackageFile;
import com.winccreports.publication.PackageManifest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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

    /** The manifest of {@code target}, published by job instance {@code instance}; another instance's is refused. */
    public PackageManifest adopt(Path target, long instance) {
        PackageManifest existing = VersionPublisher.readManifest(target);
        if (existing.execution().jobInstanceId() != instance) {
            throw new IllegalStateException(target + " was published by job instance "
                    + existing.execution().jobInstanceId() + ", not by this run (" + instance + ")");
        }
        publisher.completePackage(target);
        return existing;
    }

    /** Records version {@code version} of {@code period} as published in {@code target}; older ones superseded. */
    public void register(String job, String period, String linesKey, int version, JobExecution execution,
            Path target, boolean incomplete) {
        List<String> files = VersionPublisher.readManifest(target).files().stream().map(PackageFile::path).toList();
        publications.record(new Publication(job, period, linesKey, version, execution.getJobInstance().getInstanceId(),
                execution.getId(), target, files, incomplete, clock.instant(), null));
        for (int older = 1; older < version; older++) {
            VersionPublisher.markSuperseded(target.resolveSibling("v" + older), version, clock.instant());
        }
    }
}
