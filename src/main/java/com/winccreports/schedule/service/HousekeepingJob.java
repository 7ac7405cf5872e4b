package com.winccreports.schedule.service;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** What Quartz runs on the housekeeping cron: retention for every scheduled job. */
@DisallowConcurrentExecution
public class HousekeepingJob implements Job {

    private final ScheduleService service;

    public HousekeepingJob(ScheduleService service) {
        this.service = service;
    }

    @Override
    public void execute(JobExecutionContext context) {
        service.housekeeping();
    }
}
