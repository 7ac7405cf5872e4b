package com.winccreports.shiftreport.steps;

import com.winccreports.definition.ReportSection;
import com.winccreports.job.HaltPoints;
import com.winccreports.job.publish.PublicationStore;
import com.winccreports.job.publish.PublishedVersions;
import com.winccreports.job.publish.ReportFileException;
import com.winccreports.job.publish.VersionPublisher;
import com.winccreports.publication.PackageManifest;
import com.winccreports.report.AlarmStatistics;
import com.winccreports.report.ShiftReport;
import com.winccreports.shiftreport.ShiftReportRun;
import com.winccreports.shiftreport.StagingJson;
import com.winccreports.shiftreport.merge.LineResult;
import com.winccreports.shiftreport.publish.ReportRenderer;
import com.winccreports.shiftreport.staging.StagingStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Renders every line's report, publishes the version folder atomically with its manifest, and records the
 * publication (marking earlier versions superseded) in the step's transaction. A version folder left by a
 * crash between the rename and the commit is recognised by its manifest and adopted, not rendered again.
 */
public final class PublishTasklet implements Tasklet {

    public static final String INCOMPLETE = "report.incomplete";

    private final Function<ChunkContext, ShiftReportRun> runs;
    private final StagingStore store;
    private final VersionPublisher publisher;
    private final ReportRenderer renderer;
    private final ManifestFactory manifests;
    private final Clock clock;
    private final HaltPoints haltPoints;
    private final PublishedVersions versions;

    public PublishTasklet(Function<ChunkContext, ShiftReportRun> runs, StagingStore store,
            PublicationStore publications, VersionPublisher publisher, ReportRenderer renderer,
            ManifestFactory manifests, Clock clock, HaltPoints haltPoints) {
        this.runs = runs;
        this.store = store;
        this.publisher = publisher;
        this.renderer = renderer;
        this.manifests = manifests;
        this.clock = clock;
        this.haltPoints = haltPoints;
        this.versions = new PublishedVersions(publisher, publications, clock);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        ShiftReportRun run = runs.apply(chunkContext);
        JobExecution execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long instance = execution.getJobInstance().getInstanceId();
        String job = run.job().name();
        String period = run.parameters().period().label();
        int version = run.parameters().version();
        Path target = publisher.versionFolder(job, period, version);
        List<LineResult> lines = run.lines().stream().map(line -> StagingJson.read(
                store.result(instance, MergeTasklet.LINE_PREFIX + line).orElseThrow(), LineResult.class)).toList();
        boolean incomplete = lines.stream().anyMatch(LineResult::incomplete) || alarmsTruncated(instance);
        PackageManifest manifest = versions.publishOrAdopt(target, run.parameters(), instance, job, run.lines(),
                () -> publisher.publish(job, period, version, partial -> renderAll(run, execution, lines, partial),
                        files -> manifests.manifest(run, execution, files, incomplete)));
        versions.register(manifest, job, period, run.parameters().linesKey(), version, execution, target, incomplete);
        execution.getExecutionContext().putString(INCOMPLETE, Boolean.toString(incomplete));
        return RepeatStatus.FINISHED;
    }

    /** Every line in every format, side by side on up to the run's grid size of threads (see ParallelRendering). */
    private void renderAll(ShiftReportRun run, JobExecution execution, List<LineResult> lines, Path partial)
            throws IOException {
        long instance = execution.getJobInstance().getInstanceId();
        AlarmStatistics siteAlarms = run.job().alarms() == null || run.job().alarms().siteFilter() == null ? null
                : alarms(instance, AlarmStatisticsTasklet.ALARMS);
        boolean alarmsTruncated = alarmsTruncated(instance);
        Instant now = clock.instant();
        List<ParallelRendering.RenderTask> tasks = new ArrayList<>();
        for (LineResult line : lines) {
            // one immutable model per line, read by its Excel and PDF renderers side by side
            ShiftReport report = ReportAssembler.assemble(run, line, alarms(instance,
                    AlarmStatisticsTasklet.lineKey(line.line())), siteAlarms, alarmsTruncated,
                    manifests.provenance(run, line.line(), now, execution));
            for (ReportSection.ReportFormat format : run.job().report().formats()) {
                Path file = partial.resolve(fileName(run, line.line(), format));
                tasks.add(() -> {
                    try {
                        renderer.render(report, run.job().report(), format, file);
                    } catch (IOException | RuntimeException e) {
                        throw ReportFileException.of(file, e);
                    }
                    haltPoints.reached(HaltPoints.RENDERED_TEMP_FILE);
                });
            }
        }
        ParallelRendering.runAll(tasks, ParallelRendering.parallelism(run.parameters().gridSize(), tasks.size()));
    }

    private AlarmStatistics alarms(long instance, String key) {
        return StagingJson.read(store.result(instance, key).orElse(StagingJson.write(AlarmStatistics.none())),
                AlarmStatistics.class);
    }

    private boolean alarmsTruncated(long instance) {
        return Boolean.parseBoolean(store.result(instance, AlarmStatisticsTasklet.ALARMS_TRUNCATED).orElse("false"));
    }

    static String fileName(ShiftReportRun run, String line, ReportSection.ReportFormat format) {
        return run.job().name() + "_" + line + "_" + run.parameters().period().label() + "_"
                + VersionPublisher.folderName(run.parameters().version()) + "." + format.extension();
    }
}
