package com.winccreports.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Records the start and the end of every job execution — run, re-issue, restart; from the command line, the
 * scheduler or (later) the API — by registering a listener on each job bean, so no job configuration needs a
 * hook. The actor is the job's {@code runBy} parameter (the OS user of a command-line run, {@code scheduler},
 * later the user of a request); the OS user of the process that ran it is kept in the details.
 *
 * <p>A row that cannot be written fails the execution's start: nothing runs without its record.
 */
final class JobRunAuditing implements BeanPostProcessor, JobExecutionListener {

    /** The job parameter naming who asked for the run. */
    static final String RUN_BY = "runBy";

    private final ObjectProvider<AuditTrail> trail;

    JobRunAuditing(ObjectProvider<AuditTrail> trail) {
        this.trail = trail;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractJob job) {
            job.registerJobExecutionListener(this);
        }
        return bean;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        trail.getObject().record(actor(execution), AuditActions.RUN_START, target(execution), details(execution));
    }

    @Override
    public void afterJob(JobExecution execution) {
        Map<String, String> details = details(execution);
        details.put("status", execution.getStatus().name());
        details.put("exitCode", execution.getExitStatus().getExitCode());
        trail.getObject().record(actor(execution), AuditActions.RUN_END, target(execution), details);
    }

    private static String actor(JobExecution execution) {
        String runBy = execution.getJobParameters().getString(RUN_BY);
        return runBy == null || runBy.isBlank() ? CommandLineAudit.osUser() : runBy;
    }

    private static String target(JobExecution execution) {
        return execution.getJobInstance().getJobName() + " execution " + execution.getId();
    }

    private static Map<String, String> details(JobExecution execution) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("execution", Long.toString(execution.getId()));
        details.put("instance", Long.toString(execution.getJobInstance().getInstanceId()));
        execution.getJobParameters().getIdentifyingParameters()
                .forEach(p -> details.put("parameter." + p.name(), String.valueOf(p.value())));
        details.put("osUser", CommandLineAudit.osUser());
        return details;
    }
}
