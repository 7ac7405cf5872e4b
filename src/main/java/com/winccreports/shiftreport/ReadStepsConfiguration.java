package com.winccreports.shiftreport;

import com.winccreports.definition.UserArchiveSelection;
import com.winccreports.job.HaltPoints;
import com.winccreports.job.PartitionProgress;
import com.winccreports.job.RunParameters;
import com.winccreports.job.RunProgress;
import com.winccreports.job.RunProgressRegistry;
import com.winccreports.job.partition.PartitionPlan;
import com.winccreports.job.partition.PartitionedRead;
import com.winccreports.job.partition.ReadPartition;
import com.winccreports.job.read.ArchiveAccess;
import com.winccreports.job.read.EndMarkingReader;
import com.winccreports.job.read.SourceLookup;
import com.winccreports.shiftreport.merge.TrendBuilder;
import com.winccreports.shiftreport.read.PartialWriter;
import com.winccreports.shiftreport.staging.StagingStore;
import com.winccreports.shiftreport.steps.BatchRecordReader;
import com.winccreports.shiftreport.steps.BatchRecordWriter;
import com.winccreports.wincc.ArchivePage;
import com.winccreports.wincc.RecordFilter;
import com.winccreports.wincc.UserArchiveRecord;
import com.winccreports.wincc.WinccSources;
import com.winccreports.wincc.batch.UserArchiveRecordReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The reading steps: archive values in (tag group × time slice) partitions run {@code gridSize} at a time,
 * each chunk's partials staged in its transaction; and the batch records of the period.
 */
@Configuration(proxyBeanMethods = false)
class ReadStepsConfiguration {

    /** Batches that started this long before the period are still looked at (they may run into it). */
    static final Duration BATCH_LOOK_BACK = Duration.ofDays(7);

    /** The partitions' step; part of every partition's step execution name, so a restart finds them: keep it. */
    static final String WORKER = "readPartition";

    @Bean
    @JobScope
    Step readArchivesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            RunResolver runs, RunProgressRegistry progress, EndMarkingReader partitionReader,
            PartialWriter partialWriter, @Value("#{jobParameters}") Map<String, Object> jobParameters) {
        RunParameters parameters = RunParameters.of(jobParameters);
        ShiftReportRun run = runs.resolve(parameters);
        List<ReadPartition> plan = plan(run);
        progress.of(parameters).planned(plan.size(), expectedValues(run));
        Step worker = new StepBuilder(WORKER, jobRepository)
                .<ArchivePage, ArchivePage>chunk(run.job().partitioning().pagesPerChunk())
                .transactionManager(transactionManager)
                .reader(partitionReader).writer(partialWriter)
                .listener(new PartitionProgress(progress)).build();
        return PartitionedRead.managerStep("readArchives", jobRepository, plan, worker, parameters.gridSize());
    }

    @Bean
    @StepScope
    EndMarkingReader partitionReader(ArchiveAccess archives, RunResolver runs,
            @Value("#{stepExecution}") StepExecution step) {
        ReadPartition partition = ReadPartition.fromContext(step.getExecutionContext());
        return new EndMarkingReader(archives.pages(runs.resolve(step.getJobParameters()).job().source(), partition));
    }

    @Bean
    @StepScope
    PartialWriter partialWriter(RunResolver runs, StagingStore store, RunProgressRegistry progress,
            HaltPoints haltPoints, @Value("#{stepExecution}") StepExecution step) {
        ShiftReportRun run = runs.resolve(step.getJobParameters());
        RunProgress listener = progress.of(step.getJobParameters());
        return new PartialWriter(step.getJobExecution().getJobInstance().getInstanceId(),
                ReadPartition.fromContext(step.getExecutionContext()), run.shifts(), run.tags(), store,
                listener::valuesRead, TrendBuilder.resolution(run.toMillis() - run.fromMillis()), haltPoints);
    }

    @Bean
    Step readBatchRecordsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            BatchRecordReader batchRecordReader, BatchRecordWriter batchRecordWriter) {
        return new StepBuilder("readBatchRecords", jobRepository)
                .<UserArchiveRecord, UserArchiveRecord>chunk(100).transactionManager(transactionManager)
                .reader(batchRecordReader).writer(batchRecordWriter).build();
    }

    @Bean
    @StepScope
    BatchRecordReader batchRecordReader(WinccSources sources, RunResolver runs,
            @Value("#{stepExecution}") StepExecution step) {
        ShiftReportRun run = runs.resolve(step.getJobParameters());
        UserArchiveSelection selection = run.job().userArchive();
        if (selection == null) {
            return new BatchRecordReader(null);
        }
        String start = selection.field("start");
        RecordFilter filter = RecordFilter.none()
                .and(start, RecordFilter.Op.GE, run.parameters().period().from().minus(BATCH_LOOK_BACK))
                .and(start, RecordFilter.Op.LT, run.parameters().period().to());
        UserArchiveRecordReader reader = new UserArchiveRecordReader(
                SourceLookup.client(sources, run.job().source()).userArchives(), selection.name(), filter, 500);
        reader.setName("batchRecords");
        return new BatchRecordReader(reader);
    }

    @Bean
    @StepScope
    BatchRecordWriter batchRecordWriter(StagingStore store, @Value("#{stepExecution}") StepExecution step) {
        return new BatchRecordWriter(step.getJobExecution().getJobInstance().getInstanceId(), store);
    }

    /** Values a complete archive would hold for the period: period length / archive cycle, summed over the tags. */
    private static long expectedValues(ShiftReportRun run) {
        long millis = run.toMillis() - run.fromMillis();
        return run.archived().values().stream().flatMap(tag -> tag.archiveCycle().stream())
                .filter(cycle -> !cycle.isZero()).mapToLong(cycle -> millis / cycle.toMillis()).sum();
    }

    private static List<ReadPartition> plan(ShiftReportRun run) {
        var partitioning = run.job().partitioning();
        return PartitionPlan.plan(run.archiveOfTag(), partitioning.tagsPerGroup(), run.parameters().period().from(),
                run.parameters().period().to(), partitioning.slice(), partitioning.maxPartitions());
    }
}
