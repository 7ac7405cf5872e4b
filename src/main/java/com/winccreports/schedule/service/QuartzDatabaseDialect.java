package com.winccreports.schedule.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * Picks Quartz's JDBC delegate for the job database, so one configuration serves H2 and PostgreSQL: Quartz's
 * default (standard JDBC) cannot read its job data back from PostgreSQL's {@code bytea} ("Bad value for type
 * long"), which stops {@code serve} at start. A delegate set in {@code spring.quartz.properties} wins.
 */
final class QuartzDatabaseDialect implements SchedulerFactoryBeanCustomizer {

    static final String DELEGATE = "org.quartz.jobStore.driverDelegateClass";

    private static final Logger log = LoggerFactory.getLogger(QuartzDatabaseDialect.class);
    private static final Map<String, String> DELEGATES = Map.of(
            "PostgreSQL", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate",
            "Microsoft SQL Server", "org.quartz.impl.jdbcjobstore.MSSQLDelegate");

    private final DataSource dataSource;
    private final QuartzProperties quartz;

    QuartzDatabaseDialect(DataSource dataSource, QuartzProperties quartz) {
        this.dataSource = dataSource;
        this.quartz = quartz;
    }

    @Override
    public void customize(SchedulerFactoryBean scheduler) {
        if (quartz.getProperties().containsKey(DELEGATE)) {
            return;
        }
        String database = productName();
        String delegate = delegateFor(database);
        if (delegate == null) {
            return;
        }
        Properties properties = new Properties();
        properties.putAll(quartz.getProperties());
        properties.setProperty(DELEGATE, delegate);
        scheduler.setQuartzProperties(properties);
        log.debug("Quartz job store on {}: {}", database, delegate);
    }

    /** The delegate for a JDBC database product name; null: Quartz's standard one suits it. */
    static String delegateFor(String productName) {
        return DELEGATES.get(productName);
    }

    private String productName() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the job database's product name for Quartz", e);
        }
    }
}
