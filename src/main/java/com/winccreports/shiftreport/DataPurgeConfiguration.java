package com.winccreports.shiftreport;

import com.winccreports.schedule.JobDataPurger;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Offers the scheduler's housekeeping the shift report job's purger (instead of its keep-everything fallback). */
@Configuration(proxyBeanMethods = false)
class DataPurgeConfiguration {

    @Bean
    JobDataPurger shiftReportDataPurger(JobRepository jobRepository, JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager) {
        return new ShiftReportDataPurger(jobRepository, jdbc, new TransactionTemplate(transactionManager));
    }
}
