package com.winccreports.schedule.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.period.PeriodKind;
import com.winccreports.schedule.CatchUp;
import com.winccreports.schedule.JobSchedule;
import com.winccreports.schedule.ScheduleSpec;
import com.winccreports.schedule.Trigger;
import com.winccreports.schedule.alert.AlertChannel;
import com.winccreports.schedule.delivery.DeliveryTarget;
import com.winccreports.shiftreport.JobTestHome;
import com.winccreports.system.HomeFolder;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** A job's {@code schedule:} section and its {@code wincc-reports.schedule.jobs.<name>} settings make one spec. */
class ScheduledJobsTest {

    @TempDir
    Path root;

    @Test
    void theDemoJobIsScheduledAfterEachProductionDayOfItsSiteWithThePlantsDeliveryAndAlerts() throws IOException {
        JobTestHome.copy(Path.of("jobs"), root.resolve("jobs"));
        ScheduleProperties properties = new ScheduleProperties(true, null, null, null, Map.of("shift-report",
                new ScheduleProperties.JobOptions(List.of(root.resolve("share")),
                        new ScheduleProperties.MailOptions(List.of("quality@plant.example"), DataSize.ofMegabytes(2), null),
                        new ScheduleProperties.AlertOptions(List.of("oncall@plant.example"),
                                List.of(URI.create("https://chat.plant.example/hook"))),
                        "07:30", Duration.ofDays(400), Duration.ofDays(7), Duration.ofDays(90), Duration.ofMinutes(2),
                        null, Duration.ofMinutes(10), null)));

        List<JobSchedule> jobs = new ScheduledJobs(new HomeFolder(root), properties).enabled();

        JobSchedule job = jobs.stream().filter(j -> j.job().equals("shift-report")).findFirst().orElseThrow();
        ScheduleSpec spec = job.spec();
        assertThat(job.calendar().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(spec.trigger()).isEqualTo(new Trigger.AfterPeriod(PeriodKind.PRODUCTION_DAY, Duration.ofMinutes(10)));
        assertThat(spec.catchUp()).isEqualTo(new CatchUp(CatchUp.Policy.ALL, 7, CatchUp.DEFAULT_MISFIRE_GRACE));
        assertThat(spec.completeness().grace()).isEqualTo(Duration.ofHours(2));
        assertThat(spec.completeness().checkInterval()).isEqualTo(Duration.ofMinutes(2));
        assertThat(spec.delivery()).containsExactly(new DeliveryTarget.Folder(root.resolve("share")),
                new DeliveryTarget.Mail(List.of("quality@plant.example"), 2L * 1024 * 1024, null));
        assertThat(spec.alerts()).containsExactly(new AlertChannel.Mail(List.of("oncall@plant.example")),
                new AlertChannel.Webhook(URI.create("https://chat.plant.example/hook")));
        assertThat(spec.readyBy().localTime()).isEqualTo(LocalTime.of(7, 30));
        assertThat(spec.retention().outputs()).isEqualTo(Duration.ofDays(400));
    }

    @Test
    void aCronScheduleCoversTheConfiguredPeriodAndADisabledJobIsListedButNotRun() throws IOException {
        JobTestHome.copy(Path.of("jobs/schema"), root.resolve("jobs/schema"));
        JobTestHome.copy(Path.of("jobs/sites"), root.resolve("jobs/sites"));
        Files.writeString(root.resolve("jobs/weekly.yaml"), ServiceTestHome.SMALL_SCHEDULED_JOB.replace(
                "schedule: {after: shift, catchUp: all, completenessWait: PT1H}",
                "schedule: {cron: \"0 0 8 ? * MON\", catchUp: none, enabled: false}"));
        ScheduleProperties properties = new ScheduleProperties(true, null, null, null, Map.of("weekly",
                new ScheduleProperties.JobOptions(null, null, null, null, null, null, null, null, null, null, "week")));

        ScheduledJobs jobs = new ScheduledJobs(new HomeFolder(root), properties);

        assertThat(jobs.enabled()).isEmpty();
        assertThat(jobs.all()).singleElement().satisfies(job -> {
            assertThat(job.spec().trigger()).isEqualTo(new Trigger.Cron("0 0 8 ? * MON", PeriodKind.WEEK));
            assertThat(job.spec().catchUp().policy()).isEqualTo(CatchUp.Policy.NONE);
        });
    }
}
