package com.winccreports.shiftreport;

import com.winccreports.job.HaltPoints;
import com.winccreports.job.JobProperties;
import com.winccreports.job.JobKind;
import com.winccreports.job.RunProgressRegistry;
import com.winccreports.job.StepProgress;
import com.winccreports.job.publish.PublicationStore;
import com.winccreports.job.publish.VersionPublisher;
import com.winccreports.job.read.ArchiveAccess;
import com.winccreports.job.read.SourceLookup;
import com.winccreports.shiftreport.publish.ReportRenderer;
import com.winccreports.shiftreport.staging.StagingStore;
import com.winccreports.shiftreport.steps.AlarmStatisticsTasklet;
import com.winccreports.shiftreport.steps.ManifestFactory;
import com.winccreports.shiftreport.steps.MergeTasklet;
import com.winccreports.shiftreport.steps.PrepareTasklet;
import com.winccreports.shiftreport.steps.PublishTasklet;
import com.winccreports.shiftreport.steps.RecipesTasklet;
import com.winccreports.system.HomeFolder;
import com.winccreports.wincc.WinccSources;
import java.time.Clock;
import java.util.function.Function;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The shift report job: prepare (definition pinned, bounding values) → read archives (partitioned, parallel)
 * → read batch records → recipes → alarm statistics → merge into shift rows and KPIs → render and publish.
 * Identified by its parameters (definition, period, lines, version); the generic job machinery runs it as the
 * {@link ShiftReportKind}.
 */
@Configuration(proxyBeanMethods = false)
class ShiftReportJobConfiguration {

    static final String JOB_NAME = "shiftReport";

    @Bean
    Job shiftReportJob(JobRepository jobRepository, @Qualifier("prepareStep") Step prepare,
            @Qualifier("readArchivesStep") Step readArchives, @Qualifier("readBatchRecordsStep") Step readBatchRecords,
            @Qualifier("recipesStep") Step recipes, @Qualifier("alarmStatisticsStep") Step alarms,
            @Qualifier("mergeStep") Step merge, @Qualifier("publishStep") Step publish) {
        return new JobBuilder(JOB_NAME, jobRepository).start(prepare).next(readArchives).next(readBatchRecords)
                .next(recipes).next(alarms).next(merge).next(publish).build();
    }

    @Bean
    RunResolver runResolver(HomeFolder home) {
        return new RunResolver(home);
    }

    @Bean
    ReportRenderer templateReportRenderer(HomeFolder home) {
        return new com.winccreports.shiftreport.publish.TemplateReportRenderer(home);
    }

    @Bean
    ManifestFactory manifestFactory(HomeFolder home, ArchiveAccess archives, JobProperties properties,
            Clock clock) {
        return new ManifestFactory(home, archives, properties.softwareVersion(), clock);
    }

    @Bean
    Step prepareStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunResolver runs,
            ManifestFactory manifests, ArchiveAccess archives, StagingStore store, Clock clock) {
        return new StepBuilder("prepare", jobRepository)
                .tasklet(new PrepareTasklet(runs(runs), manifests::definitionHash, archives, store, clock),
                        transactionManager)
                .allowStartIfComplete(true).build();
    }

    @Bean
    Step recipesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunResolver runs,
            WinccSources sources, StagingStore store) {
        return new StepBuilder("recipes", jobRepository)
                .tasklet(new RecipesTasklet(runs(runs), source -> SourceLookup.client(sources, source).userArchives(),
                        store), transactionManager).build();
    }

    @Bean
    Step alarmStatisticsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            RunResolver runs, WinccSources sources, StagingStore store) {
        return new StepBuilder("alarmStatistics", jobRepository)
                .tasklet(new AlarmStatisticsTasklet(runs(runs), source -> SourceLookup.client(sources, source).alarms(),
                        store), transactionManager).build();
    }

    @Bean
    Step mergeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunResolver runs,
            StagingStore store, RunProgressRegistry progress) {
        return new StepBuilder("merge", jobRepository)
                .tasklet(new MergeTasklet(runs(runs), store), transactionManager)
                .listener(new StepProgress(progress, "merge")).build();
    }

    @Bean
    Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunResolver runs,
            StagingStore store, PublicationStore publications, VersionPublisher publisher,
            ObjectProvider<ReportRenderer> renderer, ManifestFactory manifests, Clock clock,
            RunProgressRegistry progress, HaltPoints haltPoints) {
        ReportRenderer rendering = (report, section, format, target) -> renderer.getIfAvailable(() -> {
            throw new IllegalStateException("no report renderer is available in this build");
        }).render(report, section, format, target);
        return new StepBuilder("publish", jobRepository)
                .tasklet(new PublishTasklet(runs(runs), store, publications, publisher, rendering, manifests, clock,
                        haltPoints),
                        transactionManager)
                .listener(new StepProgress(progress, "publish")).build();
    }

    @Bean
    JobKind shiftReportKind(@Qualifier("shiftReportJob") Job job) {
        return new ShiftReportKind(job);
    }

    static Function<ChunkContext, ShiftReportRun> runs(RunResolver resolver) {
        return chunk -> resolver.resolve(chunk.getStepContext().getStepExecution().getJobParameters());
    }
}
