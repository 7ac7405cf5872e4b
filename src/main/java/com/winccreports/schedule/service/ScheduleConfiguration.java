package com.winccreports.schedule.service;

import com.winccreports.job.JobRunService;
import com.winccreports.publication.HostName;
import com.winccreports.schedule.Housekeeping;
import com.winccreports.schedule.JdbcScheduleLedger;
import com.winccreports.schedule.JobDataPurger;
import com.winccreports.schedule.PeriodRunner;
import com.winccreports.schedule.SchedulePauses;
import com.winccreports.schedule.ScheduleRound;
import com.winccreports.schedule.Watermark;
import com.winccreports.schedule.alert.Alerts;
import com.winccreports.schedule.delivery.Deliveries;
import com.winccreports.schedule.delivery.DeliveryLog;
import com.winccreports.system.HomeFolder;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Wires the scheduler. The ledger and the job list are there in every context (the {@code schedules} verb
 * reads them); the service itself only when {@code wincc-reports.schedule.enabled=true} ({@code serve}).
 * The jobs come through one narrow interface, {@link JobRunService} (runs, the archive watermark, housekeeping
 * of run data); without it runs fail, the completeness wait is off and job data is kept.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduleProperties.class)
class ScheduleConfiguration {

    @Bean
    JdbcScheduleLedger scheduleLedger(DataSource dataSource, ObjectProvider<Clock> clock) {
        JdbcScheduleLedger.createTables(dataSource);
        return new JdbcScheduleLedger(dataSource, clock(clock));
    }

    @Bean
    SchedulePauses schedulePauses(DataSource dataSource, JdbcScheduleLedger ledger, ObjectProvider<Clock> clock) {
        return new SchedulePauses(dataSource, clock(clock));   // after the ledger: it creates the table
    }

    @Bean
    QuartzDatabaseDialect quartzDatabaseDialect(DataSource dataSource, QuartzProperties quartz) {
        return new QuartzDatabaseDialect(dataSource, quartz);
    }

    @Bean
    ScheduledJobs scheduledJobs(Environment environment, ScheduleProperties properties) {
        return new ScheduledJobs(home(environment), properties);
    }

    @Bean
    DeliveryLog deliveryLog(DataSource dataSource, ObjectProvider<Clock> clock) {
        return new DeliveryLog(dataSource, clock(clock));
    }

    @Bean
    @ConditionalOnBooleanProperty("wincc-reports.schedule.enabled")
    ScheduleService scheduleService(Scheduler scheduler, ScheduledJobs jobs, JdbcScheduleLedger ledger,
            DeliveryLog deliveryLog, SchedulePauses pauses, ScheduleProperties properties, Environment environment,
            ObjectProvider<JobRunService> jobRuns, ObjectProvider<JavaMailSender> mail, ObjectProvider<Clock> clocks) {
        Clock clock = clock(clocks);
        HomeFolder home = home(environment);
        Path output = home.output();
        JavaMailSender mailSender = mail.getIfAvailable();
        Optional<JobRunAdapter> jobRun = Optional.ofNullable(jobRuns.getIfAvailable()).map(JobRunAdapter::new);
        PeriodRunner runner = jobRun.<PeriodRunner>map(j -> j).orElseGet(Fallbacks::noRunner);
        Watermark watermark = jobRun.<Watermark>map(j -> j).orElseGet(Fallbacks::unchecked);
        ScheduleRound round = new ScheduleRound(clock, ledger, runner, watermark,
                new Deliveries(deliveryLog, mailSender, properties.mailFrom(), output),
                new Alerts(mailSender, properties.mailFrom()), instanceName());
        Housekeeping housekeeping = new Housekeeping(clock, output, ledger,
                jobRun.<JobDataPurger>map(j -> j).orElseGet(Fallbacks::keepJobData));
        return new ScheduleService(scheduler, jobs, round, housekeeping, properties, clock, pauses);
    }

    @Bean
    @ConditionalOnBooleanProperty("wincc-reports.schedule.enabled")
    ApplicationListener<ApplicationReadyEvent> scheduleRegistration(ScheduleService service) {
        return event -> {
            try {
                service.registerAll();
            } catch (org.quartz.SchedulerException e) {
                throw new IllegalStateException("cannot register the schedules with Quartz: " + e.getMessage(), e);
            }
        };
    }

    @Bean
    @ConditionalOnBooleanProperty("wincc-reports.schedule.enabled")
    ApplicationListener<ContextClosedEvent> scheduleShutdown(ScheduleService service) {
        // published before the lifecycle stops Quartz, which then waits only for the run in progress
        return event -> service.stopStartingRuns();
    }

    /** A {@link Clock} bean if the application (or a test) has one, else the system clock. */
    private static Clock clock(ObjectProvider<Clock> clock) {
        return clock.getIfAvailable(Clock::systemUTC);
    }

    private static HomeFolder home(Environment environment) {
        return new HomeFolder(Path.of(environment.getProperty("wincc-reports.home", ".")));
    }

    private static String instanceName() {
        return HostName.get() + "/" + ProcessHandle.current().pid() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }
}
