package com.winccreports.recordexport;

import com.winccreports.job.HaltPoints;
import com.winccreports.job.JobKind;
import com.winccreports.job.JobProperties;
import com.winccreports.job.PartitionProgress;
import com.winccreports.job.RunParameters;
import com.winccreports.job.RunProgress;
import com.winccreports.job.RunProgressRegistry;
import com.winccreports.job.StepProgress;
import com.winccreports.job.partition.PartitionedRead;
import com.winccreports.job.partition.ReadPartition;
import com.winccreports.job.publish.PublicationStore;
import com.winccreports.job.publish.VersionPublisher;
import com.winccreports.job.read.ArchiveAccess;
import com.winccreports.recordexport.plan.ExportPlan;
import com.winccreports.recordexport.plan.PlannedPartition;
import com.winccreports.recordexport.read.BlockWriter;
import com.winccreports.recordexport.read.ExportWincc;
import com.winccreports.recordexport.read.PrepareTasklet;
import com.winccreports.recordexport.staging.ExportStagingSchema;
import com.winccreports.recordexport.staging.ExportStore;
import com.winccreports.system.HomeFolder;
import com.winccreports.wincc.ArchivePage;
import com.winccreports.wincc.WinccSources;
import java.time.Clock;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The record export job: prepare (plan fixed once, bounding values, records, alarms) → read archives (partitioned
 * over tag group × time slice, pages staged as binary blocks in each chunk's transaction) → publish (files from the
 * staged data, version folder, register). Run as the {@link RecordExportKind} by the generic job machinery.
 */
@Configuration(proxyBeanMethods = false)
class RecordExportJobConfiguration {

    static final String JOB_NAME = "recordExport";

    @Bean
    Job recordExportJob(JobRepository jobRepository, @Qualifier("exportPrepareStep") Step prepare,
            @Qualifier("exportReadStep") Step read, @Qualifier("exportPublishStep") Step publish,
            RunProgressRegistry progress) {
        // the job's listener tells the caller the execution's id (the command line prints it, to restart or stop it)
        return new JobBuilder(JOB_NAME, jobRepository).listener(new StepProgress(progress, "prepare")).start(prepare)
                .next(read).next(publish).build();
    }

    @Bean
    ExportRuns exportRuns(HomeFolder home) {
        return new ExportRuns(home);
    }

    @Bean
    ExportStore exportStore(DataSource dataSource, JdbcTemplate jdbc) {
        ExportStagingSchema.create(dataSource);
        return new ExportStore(jdbc);
    }

    @Bean
    ExportWincc exportWincc(WinccSources sources) {
        return new ExportWincc(sources);
    }

    @Bean
    ExportManifests exportManifests(HomeFolder home, ArchiveAccess archives, ExportStore store,
            JobProperties properties, Clock clock) {
        return new ExportManifests(home, archives, store, properties.softwareVersion(), clock);
    }

    @Bean
    Step exportPrepareStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ExportRuns runs,
            ExportStore store, ArchiveAccess archives, ExportWincc wincc, Clock clock, RunProgressRegistry progress) {
        return new StepBuilder("exportPrepare", jobRepository)
                .tasklet(new PrepareTasklet(runs(runs), store, archives, wincc, clock), transactionManager)
                .listener(new StepProgress(progress, "prepare")).build();
    }

    @Bean
    @JobScope
    Step exportReadStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ExportRuns runs,
            ExportStore store, RunProgressRegistry progress, ItemStreamReader<ArchivePage> exportPartitionReader,
            BlockWriter exportBlockWriter, @Value("#{jobExecution}") JobExecution execution) {
        RunParameters parameters = RunParameters.of(execution.getJobParameters());
        ExportRun run = runs.resolve(parameters);
        ExportPlan plan = ExportPlan.fromJson(store.plan(execution.getJobInstance().getInstanceId()).orElseThrow());
        // made when the job reaches the step: from here on the console says "read" (and gives an ETA), not "prepare"
        progress.of(parameters).stepStarted("read");
        progress.of(parameters).planned(plan.partitions().size(), expectedValues(plan));
        Step worker = new StepBuilder("exportReadPartition", jobRepository)
                .<ArchivePage, ArchivePage>chunk(run.job().partitioning().pagesPerChunk())
                .transactionManager(transactionManager)
                .reader(exportPartitionReader).writer(exportBlockWriter)
                .listener(new PartitionProgress(progress)).build();
        return PartitionedRead.managerStep("exportReadArchives", jobRepository,
                plan.partitions().stream().map(PlannedPartition::partition).toList(), worker, parameters.gridSize());
    }

    @Bean
    @StepScope
    ItemStreamReader<ArchivePage> exportPartitionReader(ArchiveAccess archives, ExportRuns runs,
            @Value("#{stepExecution}") StepExecution step) {
        ReadPartition partition = ReadPartition.fromContext(step.getExecutionContext());
        return archives.pages(runs.resolve(step.getJobParameters()).job().source(), partition);
    }

    @Bean
    @StepScope
    BlockWriter exportBlockWriter(ExportStore store, RunProgressRegistry progress, HaltPoints haltPoints,
            @Value("#{stepExecution}") StepExecution step) {
        long instance = step.getJobExecution().getJobInstance().getInstanceId();
        ReadPartition partition = ReadPartition.fromContext(step.getExecutionContext());
        ExportPlan plan = ExportPlan.fromJson(store.plan(instance).orElseThrow());
        PlannedPartition planned = plan.partitions().get(partition.index());
        RunProgress listener = progress.of(step.getJobParameters());
        return new BlockWriter(instance, planned, store, listener::valuesRead, haltPoints);
    }

    @Bean
    Step exportPublishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ExportRuns runs, ExportStore store, PublicationStore publications, VersionPublisher publisher,
            ExportManifests manifests, Clock clock, RunProgressRegistry progress, HaltPoints haltPoints) {
        return new StepBuilder("exportPublish", jobRepository)
                .tasklet(new ExportPublishTasklet(runs(runs), store, publications, publisher, manifests, clock,
                        haltPoints), transactionManager)
                .listener(new StepProgress(progress, "publish")).build();
    }

    @Bean
    JobKind recordExportKind(@Qualifier("recordExportJob") Job job, ExportWincc wincc, Clock clock) {
        return new RecordExportKind(job, wincc, clock);
    }

    static Function<ChunkContext, ExportRun> runs(ExportRuns runs) {
        return chunk -> runs.resolve(chunk.getStepContext().getStepExecution().getJobParameters());
    }

    /** Values a complete archive would hold: span / archive cycle, per tag of each partition. */
    private static long expectedValues(ExportPlan plan) {
        long values = 0;
        for (PlannedPartition p : plan.partitions()) {
            long millis = p.partition().to().toEpochMilli() - p.partition().from().toEpochMilli();
            for (int tag : p.tags()) {
                values += plan.tag(tag).archiveCycle().filter(cycle -> !cycle.isZero())
                        .map(cycle -> millis / cycle.toMillis()).orElse(0L);
            }
        }
        return values;
    }
}
