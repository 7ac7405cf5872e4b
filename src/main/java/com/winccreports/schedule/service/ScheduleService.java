package com.winccreports.schedule.service;

import com.winccreports.schedule.Housekeeping;
import com.winccreports.schedule.JobSchedule;
import com.winccreports.schedule.SchedulePauses;
import com.winccreports.schedule.ScheduleRound;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz side of the scheduler: one durable Quartz job per scheduled job whose single trigger is
 * moved, after each wake-up, to the instant the planner asks for (capped by the heartbeat), and one cron
 * trigger for housekeeping. Quartz keeps them in the job database; the decisions live in {@link ScheduleRound}.
 */
public class ScheduleService {

    static final String GROUP = "wincc-reports";
    static final String JOB_NAME_KEY = "job";
    private static final Logger LOG = LoggerFactory.getLogger(ScheduleService.class);

    private final Scheduler scheduler;
    private final ScheduledJobs jobs;
    private final ScheduleRound round;
    private final Housekeeping housekeeping;
    private final ScheduleProperties properties;
    private final Clock clock;
    private final SchedulePauses pauses;
    private final Map<String, JobSchedule> active = new ConcurrentHashMap<>();

    public ScheduleService(Scheduler scheduler, ScheduledJobs jobs, ScheduleRound round, Housekeeping housekeeping,
            ScheduleProperties properties, Clock clock, SchedulePauses pauses) {
        this.scheduler = scheduler;
        this.jobs = jobs;
        this.round = round;
        this.housekeeping = housekeeping;
        this.properties = properties;
        this.clock = clock;
        this.pauses = pauses;
    }

    /** Registers every enabled job (waking each at once, which catches up) and removes jobs no longer defined. */
    public void registerAll() throws SchedulerException {
        active.clear();
        jobs.enabled().forEach(job -> active.put(job.job(), job));
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            String name = key.getName();
            if (name.startsWith("wake-") && !active.containsKey(name.substring(5))) {
                scheduler.deleteJob(key);
                LOG.info("removed the schedule of {}: no longer defined or disabled", name.substring(5));
            }
        }
        for (JobSchedule job : active.values()) {
            JobKey key = wakeKey(job.job());
            scheduler.addJob(JobBuilder.newJob(WakeJob.class).withIdentity(key).usingJobData(JOB_NAME_KEY, job.job())
                    .storeDurably().requestRecovery().build(), true);
            for (Trigger old : scheduler.getTriggersOfJob(key)) {
                scheduler.unscheduleJob(old.getKey());
            }
            scheduleWake(job.job(), clock.instant(), null);
            LOG.info("scheduled {}: {} in {}, catch-up {}{}", job.job(), job.spec().trigger().describe(),
                    job.calendar().zone(), job.spec().catchUp().policy(),
                    job.spec().catchUp().maxRuns() > 0 ? " (at most " + job.spec().catchUp().maxRuns() + ")" : "");
        }
        registerHousekeeping();
        if (active.isEmpty()) {
            LOG.warn("no job in {} has an enabled schedule: the service has nothing to run", "jobs/");
        }
    }

    /** One wake-up of a job (called by Quartz); returns when it wakes next. */
    public Instant wake(String jobName, TriggerKey firing) throws SchedulerException {
        JobSchedule job = active.get(jobName);
        if (job == null) {
            LOG.warn("woken for unknown or disabled job {}", jobName);
            return null;
        }
        if (pauses.paused(jobName).isPresent()) {
            // nothing planned or run; the cursor stays, so resuming catches up by the job's policy
            Instant at = clock.instant().plus(properties.heartbeat());
            scheduleWake(jobName, at, firing);
            return at;
        }
        Optional<Instant> next;
        try {
            next = round.tick(job);
        } catch (RuntimeException e) {
            // the trigger must move on whatever happened, or the job would never wake again
            LOG.error("wake-up of {} failed, trying again in a minute", jobName, e);
            next = Optional.of(clock.instant().plusSeconds(60));
        }
        Instant heartbeat = clock.instant().plus(properties.heartbeat());
        Instant at = next.filter(n -> n.isBefore(heartbeat)).orElse(heartbeat);
        scheduleWake(jobName, at, firing);
        return at;
    }

    /** Wakes {@code jobName} at once (after a resume); false if the service does not run that job. */
    public boolean wakeNow(String jobName) throws SchedulerException {
        if (!active.containsKey(jobName)) {
            return false;
        }
        scheduleWake(jobName, clock.instant(), null);
        return true;
    }

    /** Purges what retention allows, for every active job (called by Quartz). */
    public void housekeeping() {
        housekeeping.purge(List.copyOf(active.values()));
    }

    /** Called when the service begins to shut down, before Quartz waits for the running wake-ups. */
    public void stopStartingRuns() {
        round.stop();
    }

    /** The jobs this service runs. */
    public List<JobSchedule> active() {
        return List.copyOf(active.values());
    }

    private void scheduleWake(String jobName, Instant at, TriggerKey firing) throws SchedulerException {
        JobKey key = wakeKey(jobName);
        for (Trigger old : scheduler.getTriggersOfJob(key)) {
            if (!old.getKey().equals(firing)) {
                scheduler.unscheduleJob(old.getKey());
            }
        }
        // a new name each time: the firing trigger is deleted by Quartz once this wake-up completes
        TriggerKey triggerKey = new TriggerKey("wake-" + jobName + "-" + at.toEpochMilli(), GROUP);
        if (scheduler.checkExists(triggerKey)) {
            return;
        }
        scheduler.scheduleJob(TriggerBuilder.newTrigger().withIdentity(triggerKey).forJob(key)
                .startAt(Date.from(at))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build());
    }

    private void registerHousekeeping() throws SchedulerException {
        JobKey key = new JobKey("housekeeping", GROUP);
        scheduler.addJob(JobBuilder.newJob(HousekeepingJob.class).withIdentity(key).storeDurably().build(), true);
        TriggerKey triggerKey = new TriggerKey("housekeeping", GROUP);
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(triggerKey).forJob(key)
                .withSchedule(CronScheduleBuilder.cronSchedule(properties.housekeepingCron())
                        .inTimeZone(TimeZone.getDefault()).withMisfireHandlingInstructionFireAndProceed())
                .build();
        if (scheduler.checkExists(triggerKey)) {
            scheduler.rescheduleJob(triggerKey, trigger);
        } else {
            scheduler.scheduleJob(trigger);
        }
    }

    static JobKey wakeKey(String jobName) {
        return new JobKey("wake-" + jobName, GROUP);
    }
}
