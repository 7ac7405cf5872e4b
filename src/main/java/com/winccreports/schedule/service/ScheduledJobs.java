package com.winccreports.schedule.service;

import com.winccreports.definition.Definitions;
import com.winccreports.definition.JobDefinition;
import com.winccreports.definition.ScheduleSection;
import com.winccreports.definition.SiteDefinition;
import com.winccreports.period.PeriodKind;
import com.winccreports.period.ShiftCalendarPeriods;
import com.winccreports.schedule.CatchUp;
import com.winccreports.schedule.CompletenessWait;
import com.winccreports.schedule.JobSchedule;
import com.winccreports.schedule.ReadyDeadline;
import com.winccreports.schedule.Retention;
import com.winccreports.schedule.ScheduleSpec;
import com.winccreports.schedule.Trigger;
import com.winccreports.schedule.alert.AlertChannel;
import com.winccreports.schedule.delivery.DeliveryTarget;
import com.winccreports.system.HomeFolder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The scheduled jobs of a home folder: the {@code schedule:} section of each {@code jobs/<name>.yaml} with
 * its site's calendar, completed by {@code wincc-reports.schedule.jobs.<name>.*} (delivery, alerts,
 * deadline, retention). A job without a trigger or with {@code enabled: false} is not scheduled.
 */
public final class ScheduledJobs {

    private final HomeFolder home;
    private final ScheduleProperties properties;

    public ScheduledJobs(HomeFolder home, ScheduleProperties properties) {
        this.home = home;
        this.properties = properties;
    }

    /** Every job that has a trigger, enabled or not, read afresh from the home folder. */
    public List<JobSchedule> all() {
        Definitions definitions = Definitions.load(home);
        List<JobSchedule> schedules = new ArrayList<>();
        for (JobDefinition job : definitions.jobs()) {
            toSchedule(job, definitions.siteOf(job)).ifPresent(schedules::add);
        }
        return schedules;
    }

    /** The enabled ones: what the service runs. */
    public List<JobSchedule> enabled() {
        return all().stream().filter(s -> s.spec().enabled()).toList();
    }

    Optional<JobSchedule> toSchedule(JobDefinition job, SiteDefinition site) {
        ScheduleSection section = job.schedule();
        ScheduleProperties.JobOptions options = properties.job(job.name());
        Optional<Trigger> trigger = trigger(section, options);
        if (trigger.isEmpty()) {
            return Optional.empty();
        }
        ScheduleSpec spec = new ScheduleSpec(section.enabled(), trigger.get(), null, catchUp(section, options),
                new CompletenessWait(section.completenessWait(), orDefault(options.checkInterval(),
                        CompletenessWait.DEFAULT_CHECK_INTERVAL), section.reissueOnLateData()),
                delivery(options), alerts(options),
                options.readyBy() == null ? null : ReadyDeadline.parse(options.readyBy()),
                new Retention(options.keepOutputs(), options.keepStaging(), options.keepHistory()));
        return Optional.of(new JobSchedule(job.name(), spec, new ShiftCalendarPeriods(site.calendar())));
    }

    private static Optional<Trigger> trigger(ScheduleSection section, ScheduleProperties.JobOptions options) {
        if (section.cron() != null) {
            PeriodKind covers = options.cronCovers() == null ? PeriodKind.PRODUCTION_DAY
                    : PeriodKind.valueOf(options.cronCovers().toUpperCase(Locale.ROOT).replace('-', '_'));
            return Optional.of(new Trigger.Cron(section.cron(), covers));
        }
        if (section.after() != null) {
            return Optional.of(new Trigger.AfterPeriod(PeriodKind.valueOf(section.after().name()),
                    orDefault(options.delay(), Duration.ZERO)));
        }
        return Optional.empty();
    }

    private static CatchUp catchUp(ScheduleSection section, ScheduleProperties.JobOptions options) {
        return new CatchUp(CatchUp.Policy.valueOf(section.catchUp().name()),
                section.catchUpMax() == null ? 0 : section.catchUpMax(),
                orDefault(options.misfireGrace(), CatchUp.DEFAULT_MISFIRE_GRACE));
    }

    private static List<DeliveryTarget> delivery(ScheduleProperties.JobOptions options) {
        List<DeliveryTarget> targets = new ArrayList<>();
        options.folders().forEach(folder -> targets.add(new DeliveryTarget.Folder(folder)));
        ScheduleProperties.MailOptions mail = options.mail();
        if (mail != null && !mail.to().isEmpty()) {
            targets.add(new DeliveryTarget.Mail(mail.to(), mail.maxAttachmentSize().toBytes(), mail.linkBase()));
        }
        return targets;
    }

    private static List<AlertChannel> alerts(ScheduleProperties.JobOptions options) {
        List<AlertChannel> channels = new ArrayList<>();
        if (options.alerts() != null) {
            if (!options.alerts().mailTo().isEmpty()) {
                channels.add(new AlertChannel.Mail(options.alerts().mailTo()));
            }
            options.alerts().webhooks().forEach(url -> channels.add(new AlertChannel.Webhook(url)));
        }
        return channels;
    }

    private static Duration orDefault(Duration value, Duration fallback) {
        return value == null ? fallback : value;
    }
}
