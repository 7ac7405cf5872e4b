package com.winccreports.recordexport;

import com.winccreports.job.HaltPoints;
import com.winccreports.job.publish.Publication;
import com.winccreports.job.publish.PublicationStore;
import com.winccreports.job.publish.VersionPublisher;
import com.winccreports.publication.PackageFile;
import com.winccreports.publication.PackageManifest;
import com.winccreports.recordexport.plan.ExportPlan;
import com.winccreports.recordexport.staging.ExportStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes every section's files into the hidden version folder from the staged data (no WinCC reads, so a publish
 * run again writes the same files), then publishes the folder atomically as a signed auditor package (manifest,
 * detached signature, ZIP — {@code publication}) and records it in the publication register. A folder already
 * published by this run before a crash is adopted (its ZIP made if the crash came first).
 */
final class ExportPublishTasklet implements Tasklet {

    /** Job execution context key: some section has gaps, bad stretches, a cut alarm list or a running batch. */
    static final String INCOMPLETE = "export.incomplete";

    private final Function<ChunkContext, ExportRun> runs;
    private final ExportStore store;
    private final PublicationStore publications;
    private final VersionPublisher publisher;
    private final ExportManifests manifests;
    private final Clock clock;
    private final HaltPoints haltPoints;

    ExportPublishTasklet(Function<ChunkContext, ExportRun> runs, ExportStore store, PublicationStore publications,
            VersionPublisher publisher, ExportManifests manifests, Clock clock, HaltPoints haltPoints) {
        this.haltPoints = haltPoints;
        this.runs = runs;
        this.store = store;
        this.publications = publications;
        this.publisher = publisher;
        this.manifests = manifests;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        ExportRun run = runs.apply(chunk);
        JobExecution execution = chunk.getStepContext().getStepExecution().getJobExecution();
        long instance = execution.getJobInstance().getInstanceId();
        String job = run.job().name();
        String period = run.parameters().period().label();
        int version = run.parameters().version();
        Path target = publisher.versionFolder(job, period, version);
        ExportPlan plan = ExportPlan.fromJson(store.plan(instance).orElseThrow(
                () -> new IllegalStateException("no export plan staged for job instance " + instance)));
        boolean incomplete;
        if (Files.isDirectory(target)) {
            incomplete = adopt(target, instance);
        } else {
            ExportWriter writer = new ExportWriter(run, plan, store, instance, manifests.packageId(instance),
                    haltPoints);
            boolean[] found = new boolean[1];
            publisher.publish(job, period, version,
                    partial -> found[0] = writer.writeAll(partial, manifests.parameters(run, execution, plan))
                            .incomplete(),
                    files -> manifests.manifest(run, execution, plan, files, found[0]));
            incomplete = found[0];
        }
        record(run, execution, target, incomplete);
        execution.getExecutionContext().putString(INCOMPLETE, Boolean.toString(incomplete));
        return RepeatStatus.FINISHED;
    }

    /** The folder this run published before a crash: its ZIP completed if the crash came before it. */
    private boolean adopt(Path target, long instance) {
        PackageManifest existing = VersionPublisher.readManifest(target);
        if (existing.execution().jobInstanceId() != instance) {
            throw new IllegalStateException(target + " was published by job instance "
                    + existing.execution().jobInstanceId() + ", not by this run (" + instance + ")");
        }
        publisher.completePackage(target);
        return existing.data().incomplete();
    }

    private void record(ExportRun run, JobExecution execution, Path target, boolean incomplete) {
        PackageManifest manifest = VersionPublisher.readManifest(target);
        List<String> files = new ArrayList<>(manifest.files().stream().map(PackageFile::path).toList());
        int version = run.parameters().version();
        publications.record(new Publication(run.job().name(), run.parameters().period().label(),
                run.parameters().linesKey(), version, execution.getJobInstance().getInstanceId(), execution.getId(),
                target, files, incomplete, clock.instant(), null));
        for (int older = 1; older < version; older++) {
            VersionPublisher.markSuperseded(target.resolveSibling("v" + older), version, clock.instant());
        }
    }
}
