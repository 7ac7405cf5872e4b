package com.winccreports.schedule.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuartzDatabaseDialectTest {

    @Test
    void postgresAndSqlServerGetTheirDelegatesOthersQuartzsStandardOne() {
        assertThat(QuartzDatabaseDialect.delegateFor("PostgreSQL")).isEqualTo("org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        assertThat(QuartzDatabaseDialect.delegateFor("Microsoft SQL Server"))
                .isEqualTo("org.quartz.impl.jdbcjobstore.MSSQLDelegate");
        assertThat(QuartzDatabaseDialect.delegateFor("H2")).isNull();
    }
}
