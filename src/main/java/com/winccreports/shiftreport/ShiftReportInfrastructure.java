package com.winccreports.shiftreport;

import com.winccreports.job.publish.PublicationStore;
import com.winccreports.shiftreport.staging.StagingMigrations;
import com.winccreports.shiftreport.staging.StagingStore;
import com.winccreports.system.HomeFolder;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The staging tables (migrated by Flyway at start-up), the publication register, the home folder and the clock. */
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

    /** Boot's Flyway, pointed at the product's migrations (Boot runs them before any JdbcTemplate is used). */
    @Bean
    FlywayConfigurationCustomizer stagingMigrations() {
        return StagingMigrations::configure;
    }

    /** Baselines a database made before Flyway at its recorded version, then migrates. */
    @Bean
    FlywayMigrationStrategy stagingMigrationStrategy() {
        return StagingMigrations::migrate;
    }

    @Bean
    StagingStore stagingStore(JdbcTemplate jdbc) {
        return new StagingStore(jdbc);
    }

    @Bean
    PublicationStore publicationStore(JdbcTemplate jdbc) {
        return new PublicationStore(jdbc);
    }
}
