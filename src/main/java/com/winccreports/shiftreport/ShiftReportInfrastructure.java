package com.winccreports.shiftreport;

import com.winccreports.job.publish.PublicationStore;
import com.winccreports.shiftreport.staging.StagingSchema;
import com.winccreports.shiftreport.staging.StagingStore;
import com.winccreports.system.HomeFolder;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The staging tables (migrated at start-up), the publication register, the home folder and the clock. */
@Configuration(proxyBeanMethods = false)
class ShiftReportInfrastructure {

    @Bean
    @ConditionalOnMissingBean
    HomeFolder homeFolder(@Value("${wincc-reports.home:}") String home) {
        return home.isBlank() ? HomeFolder.current() : new HomeFolder(Path.of(home));
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    StagingSchema stagingSchema(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        StagingSchema schema = new StagingSchema(jdbc, new TransactionTemplate(transactionManager), clock);
        schema.migrate();
        return schema;
    }

    @Bean
    StagingStore stagingStore(JdbcTemplate jdbc, StagingSchema migratedFirst) {
        return new StagingStore(jdbc);
    }

    @Bean
    PublicationStore publicationStore(JdbcTemplate jdbc, StagingSchema migratedFirst) {
        return new PublicationStore(jdbc);
    }
}
