package com.winccreports.schedule.service;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The scheduler's settings ({@code wincc-reports.schedule.*}): the plant's infrastructure for delivery and
 * alerts and its retention policy per job, beside the timing that {@code jobs/<name>.yaml} gives.
 *
 * @param enabled          run the scheduler in this process (the {@code serve} verb sets it)
 * @param mailFrom         sender of report and alert mails
 * @param heartbeat        longest sleep between two wake-ups of a job, so runs made elsewhere are noticed
 * @param housekeepingCron when outputs, staging rows and history past retention are purged (Quartz cron)
 * @param jobs             per job name: delivery, alerts, deadline, retention and fine timing
 */
@ConfigurationProperties("wincc-reports.schedule")
public record ScheduleProperties(boolean enabled, String mailFrom, Duration heartbeat, String housekeepingCron,
        Map<String, JobOptions> jobs) {

    public ScheduleProperties {
        mailFrom = mailFrom == null ? "wincc-reports@localhost" : mailFrom;
        heartbeat = heartbeat == null ? Duration.ofMinutes(15) : heartbeat;
        housekeepingCron = housekeepingCron == null ? "0 15 4 * * ?" : housekeepingCron;
        jobs = jobs == null ? Map.of() : Map.copyOf(jobs);
    }

    /** The options of one job; a job without an entry gets every default. */
    public JobOptions job(String name) {
        return jobs.getOrDefault(name, new JobOptions(null, null, null, null, null, null, null, null, null, null, null));
    }

    /**
     * @param folders       folders or mounted shares each report version is copied to
     * @param mail          mail delivery, if any
     * @param alerts        alert channels besides the log
     * @param readyBy       local time ({@code 07:30}) or duration after the period ({@code PT2H}) by which the
     *                      report must be ready, else an alert
     * @param keepOutputs   how long published reports stay under {@code output/<job>/}
     * @param keepStaging   how long partial aggregates of finished runs stay
     * @param keepHistory   how long job executions, ledger and delivery log stay
     * @param checkInterval how often the completeness wait asks the archive again (default 5 minutes)
     * @param misfireGrace  how late a firing may be noticed and still count as on time (default 15 minutes)
     * @param delay         with {@code after:} triggers, how long after the period's end the job fires (default 0)
     * @param cronCovers    with {@code cron:} triggers, the period each firing reports on
     *                      ({@code shift}, {@code production-day} (default), {@code week}, {@code month})
     */
    public record JobOptions(List<Path> folders, MailOptions mail, AlertOptions alerts, String readyBy,
            Duration keepOutputs, Duration keepStaging, Duration keepHistory, Duration checkInterval,
            Duration misfireGrace, Duration delay, String cronCovers) {

        public JobOptions {
            folders = folders == null ? List.of() : List.copyOf(folders);
        }
    }

    /**
     * @param to                recipients
     * @param maxAttachmentSize above this the mail carries links instead of files (default 10MB)
     * @param linkBase          URL or share path that {@code output/} is reachable under, for links
     */
    public record MailOptions(List<String> to, DataSize maxAttachmentSize, String linkBase) {

        public MailOptions {
            to = to == null ? List.of() : List.copyOf(to);
            maxAttachmentSize = maxAttachmentSize == null ? DataSize.ofMegabytes(10) : maxAttachmentSize;
        }
    }

    /**
     * @param mailTo   recipients of alert mails
     * @param webhooks URLs that get each alert as a JSON POST
     */
    public record AlertOptions(List<String> mailTo, List<URI> webhooks) {

        public AlertOptions {
            mailTo = mailTo == null ? List.of() : List.copyOf(mailTo);
            webhooks = webhooks == null ? List.of() : List.copyOf(webhooks);
        }
    }
}
