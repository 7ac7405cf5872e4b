package com.winccreports.recordexport;

import com.winccreports.job.HaltPoints;
import com.winccreports.job.RunParameters;
import com.winccreports.publication.PackageManifest;
import com.winccreports.publication.WrittenFiles;
import com.winccreports.job.publish.PublicationStore;
import com.winccreports.job.publish.VersionPublisher;
import com.winccreports.job.publish.PublishedVersions;
import com.winccreports.recordexport.plan.ExportPlan;
import com.winccreports.recordexport.staging.ExportStore;
import java.nio.file.Path;
import java.time.Clock;
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
    private final PublishedVersions versions;
    private final VersionPublisher publisher;
    private final ExportManifests manifests;
    private final HaltPoints haltPoints;

    ExportPublishTasklet(Function<ChunkContext, ExportRun> runs, ExportStore store, PublicationStore publications,
            VersionPublisher publisher, ExportManifests manifests, Clock clock, HaltPoints haltPoints) {
        this.haltPoints = haltPoints;
        this.runs = runs;
        this.store = store;
        this.versions = new PublishedVersions(publisher, publications, clock);
        this.publisher = publisher;
        this.manifests = manifests;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        ExportRun run = runs.apply(chunk);
        JobExecution execution = chunk.getStepContext().getStepExecution().getJobExecution();
        long instance = execution.getJobInstance().getInstanceId();
        RunParameters parameters = run.parameters();
        String period = parameters.period().label();
        Path target = publisher.versionFolder(run.job().name(), period, parameters.version());
        ExportPlan plan = ExportPlan.fromJson(store.plan(instance).orElseThrow(
                () -> new IllegalStateException("no export plan staged for job instance " + instance)));
        PackageManifest manifest = versions.publishOrAdopt(target, parameters, instance, run.job().name(),
                parameters.lines(), () -> {
                    WrittenFiles measured = new WrittenFiles();
                    ExportWriter writer = new ExportWriter(run, plan, store, instance, manifests.packageId(instance),
                            haltPoints, measured);
                    ExportWriter.Written[] written = new ExportWriter.Written[1];
                    return publisher.publish(run.job().name(), period, parameters.version(),
                            partial -> written[0] = writer.writeAll(partial, manifests.parameters(run, execution, plan)),
                            measured,
                            files -> manifests.manifest(run, execution, plan, files, written[0]));
                });
        boolean incomplete = manifest.data().incomplete();
        versions.register(manifest, run.job().name(), period, parameters.linesKey(), parameters.version(), execution,
                target, incomplete);
        execution.getExecutionContext().putString(INCOMPLETE, Boolean.toString(incomplete));
        return RepeatStatus.FINISHED;
    }
}
