package com.winccreports.web;

import com.winccreports.audit.AuditActions;
import com.winccreports.audit.AuditTrail;
import com.winccreports.schedule.SchedulePauses;
import com.winccreports.schedule.service.ScheduleService;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * What an administrator changes in the schedules from the API or the page: pausing and resuming a job's schedule.
 * Each change is an audit row; a resume wakes the job at once, so its catch-up policy covers what the pause missed.
 */
public final class ScheduleChanges {

    private static final Logger log = LoggerFactory.getLogger(ScheduleChanges.class);

    private final ScheduleOverview overview;
    private final SchedulePauses pauses;
    private final ScheduleService service;
    private final AuditTrail audit;

    public ScheduleChanges(ScheduleOverview overview, SchedulePauses pauses, ScheduleService service,
            AuditTrail audit) {
        this.overview = overview;
        this.pauses = pauses;
        this.service = service;
        this.audit = audit;
    }

    public void pause(String job, String reason, String user) {
        requireScheduled(job);
        if (reason != null && reason.length() > 500) {
            throw new InvalidParameterException("reason", "a reason is at most 500 characters");
        }
        if (pauses.pause(job, user, reason)) {
            audit.record(user, AuditActions.SCHEDULE_PAUSE, "schedule " + job, Map.of("reason",
                    reason == null ? "" : reason));
        }
    }

    public void resume(String job, String user) {
        requireScheduled(job);
        if (pauses.resume(job)) {
            audit.record(user, AuditActions.SCHEDULE_RESUME, "schedule " + job, Map.of());
            try {
                if (service != null) {
                    service.wakeNow(job);
                }
            } catch (org.quartz.SchedulerException e) {
                log.warn("Could not wake {} at once after the resume; it wakes at its next heartbeat", job, e);
            }
        }
    }

    private void requireScheduled(String job) {
        if (overview.of(job).isEmpty()) {
            throw new InvalidParameterException(HttpStatus.NOT_FOUND, "job", "job " + job + " has no schedule");
        }
    }
}
