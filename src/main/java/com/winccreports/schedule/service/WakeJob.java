package com.winccreports.schedule.service;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** What Quartz runs when a job's wake-up trigger fires: one {@link ScheduleService#wake} of that job. */
@DisallowConcurrentExecution
public class WakeJob implements Job {

    private final ScheduleService service;

    public WakeJob(ScheduleService service) {
        this.service = service;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String job = context.getMergedJobDataMap().getString(ScheduleService.JOB_NAME_KEY);
        try {
            service.wake(job, context.getTrigger().getKey());
        } catch (Exception e) {
            throw new JobExecutionException("wake-up of " + job + " failed: " + e.getMessage(), e);
        }
    }
}
