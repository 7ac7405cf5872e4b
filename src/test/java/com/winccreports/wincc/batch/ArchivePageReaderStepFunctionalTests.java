package com.winccreports.wincc.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.simulator.SimulatorOptions;
import com.winccreports.simulator.SimulatorServer;
import com.winccreports.simulator.plant.ArchiveSeries;
import com.winccreports.wincc.ArchivePage;
import com.winccreports.wincc.Credentials;
import com.winccreports.wincc.SourceSettings;
import com.winccreports.wincc.Ticker;
import com.winccreports.wincc.WinccClient;
import com.winccreports.wincc.WinccClientFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/** A real chunk step with a JDBC job repository: it fails mid-way, is restarted, and writes every value once. */
class ArchivePageReaderStepFunctionalTests {

    /** Named as a source by the test; not {@code @Configuration}, so the application's scan never finds it. */
    @EnableBatchProcessing
    @EnableJdbcJobRepository
    static class BatchInfrastructure {
        @Bean
        DataSource dataSource() {
            return new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true)
                    .addScript("/org/springframework/batch/core/schema-h2.sql").build();
        }

        @Bean
        JdbcTransactionManager transactionManager(DataSource dataSource) {
            return new JdbcTransactionManager(dataSource);
        }
    }

    /** Collects written pages; fails the given chunk once, like a writer whose database went away. */
    private static final class FailingOnceWriter implements ItemWriter<ArchivePage> {
        final List<ArchivePage> written = new ArrayList<>();
        private final int failingChunk;
        private int chunks;

        FailingOnceWriter(int failingChunk) {
            this.failingChunk = failingChunk;
        }

        @Override
        public void write(Chunk<? extends ArchivePage> chunk) {
            if (++chunks == failingChunk) {
                throw new IllegalStateException("writer down during chunk " + chunks);
            }
            written.addAll(chunk.getItems());
        }
    }

    @Test
    void aFailedStepRestartsWithExactlyTheNextValue() throws Exception {
        Instant from = Instant.parse("2026-11-20T06:00:00Z");
        Instant to = Instant.parse("2026-11-20T07:00:00Z");
        List<String> tags = List.of("L1.Temperature", "L1.MachineState", "L2.Power");
        try (SimulatorServer sim = SimulatorServer.start(SimulatorOptions.defaults()
                .withClock(Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC)));
                AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
                        BatchInfrastructure.class)) {
            WinccClient client = new WinccClientFactory(Map.of(), Ticker.system()).create(SourceSettings.withDefaults(
                    "sim", sim.baseUri(), new Credentials("demo", "demo".toCharArray())).withPageSize(250), null);
            JobRepository repository = context.getBean(JobRepository.class);
            FailingOnceWriter writer = new FailingOnceWriter(4);
            Job job = new JobBuilder("archiveRead", repository).start(new StepBuilder("readPages", repository)
                    .<ArchivePage, ArchivePage>chunk(3).transactionManager(context.getBean(PlatformTransactionManager.class))
                    .reader(new ArchivePageReader(client, "PVArchive", tags, from, to)).writer(writer).build()).build();
            JobOperator operator = context.getBean(JobOperator.class);
            JobParameters period = new JobParametersBuilder().addString("from", from.toString())
                    .addString("to", to.toString()).toJobParameters();

            JobExecution first = operator.start(job, period);
            assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(writer.written).hasSize(9);
            JobExecution restart = operator.start(job, period); // same identifying parameters: a restart

            assertThat(restart.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            for (String tag : tags) {
                ArchiveSeries expected = sim.model().series("PVArchive", tag, from, to);
                List<Long> timestamps = new ArrayList<>();
                writer.written.stream().filter(p -> p.tag().equals(tag))
                        .forEach(p -> { for (long ts : p.timestampsMillis()) { timestamps.add(ts); } });
                assertThat(timestamps).as(tag).containsExactly(box(expected.timestamps()));
            }
        }
    }

    private static Long[] box(long[] values) {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
