package com.winccreports.job;

import com.winccreports.job.publish.PublicationStore;
import com.winccreports.job.publish.VersionPublisher;
import com.winccreports.job.read.ArchiveAccess;
import com.winccreports.job.read.WinccArchiveAccess;
import com.winccreports.job.watermark.JobWatermarks;
import com.winccreports.publication.PackageSealer;
import com.winccreports.system.HomeFolder;
import com.winccreports.wincc.WinccSources;
import java.util.List;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The generic job machinery every {@link JobKind} bean of the context plugs into: the run service, history,
 * progress, housekeeping, the archive access of the partitioned reads and the version publisher.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobProperties.class)
class JobConfiguration {

    @Bean
    JobKinds jobKinds(List<JobKind> kinds) {
        return new JobKinds(kinds);
    }

    @Bean
    RunProgressRegistry runProgressRegistry() {
        return new RunProgressRegistry();
    }

    @Bean
    ArchiveAccess archiveAccess(WinccSources sources) {
        return new WinccArchiveAccess(sources);
    }

    @Bean
    VersionPublisher versionPublisher(HomeFolder home, PackageSealer packageSealer, HaltPoints haltPoints) {
        return new VersionPublisher(home.output(), packageSealer, haltPoints);
    }

    /** Crash drills replace it (tests only); the product passes its points without stopping. */
    @Bean
    HaltPoints haltPoints() {
        return HaltPoints.NONE;
    }

    @Bean
    ExecutionHistory executionHistory(JobRepository jobRepository, PublicationStore publications) {
        return new ExecutionHistory(jobRepository, publications);
    }

    @Bean
    RunDataPurger runDataPurger(JobKinds kinds, JobRepository jobRepository, JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager) {
        return new RunDataPurger(kinds, jobRepository, jdbc, new TransactionTemplate(transactionManager));
    }

    @Bean
    JobRunService jobRunService(JobKinds kinds, JobOperator jobOperator, JobRepository jobRepository,
            HomeFolder home, JobProperties properties, RunProgressRegistry progress, ExecutionHistory history,
            WinccSources sources, RunDataPurger purger) {
        return new BatchJobRunService(kinds, jobOperator, jobRepository, home, properties, progress, history,
                JobWatermarks.of(home, sources), purger);
    }
}
