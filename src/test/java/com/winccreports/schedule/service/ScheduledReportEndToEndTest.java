package com.winccreports.schedule.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.job.JobRunService;
import com.winccreports.schedule.LedgerEntry;
import com.winccreports.schedule.ScheduleLedger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.springframework.context.ConfigurableApplicationContext;

/** The service with the real report job and the simulator: a shift ends, its report is made and delivered once. */
class ScheduledReportEndToEndTest {

    /** 13:00 in Berlin on 2026-11-24: the Early shift (06–14 local) is running. */
    private static final Instant DURING_EARLY = Instant.parse("2026-11-24T12:00:00Z");
    /** 14:05 in Berlin: the Early shift ended five minutes ago. */
    private static final Instant AFTER_EARLY = Instant.parse("2026-11-24T13:05:00Z");

    @TempDir
    Path root;

    @Test
    void theShiftThatEndedIsReportedAndDeliveredOnceAndItsScheduleIsKeptInQuartz() throws Exception {
        try (ServiceTestHome test = new ServiceTestHome(root, DURING_EARLY);
                ConfigurableApplicationContext service = test.start()) {
            ScheduleService schedules = service.getBean(ScheduleService.class);
            Scheduler quartz = service.getBean(Scheduler.class);
            assertThat(quartz.getTriggersOfJob(ScheduleService.wakeKey(ServiceTestHome.JOB))).hasSize(1);
            schedules.wake(ServiceTestHome.JOB, null);

            test.clock.set(AFTER_EARLY);
            Instant next = schedules.wake(ServiceTestHome.JOB, null);
            schedules.wake(ServiceTestHome.JOB, null);

            LedgerEntry early = service.getBean(ScheduleLedger.class).recent(ServiceTestHome.JOB, 5).get(0);
            assertThat(early.period().label()).isEqualTo("2026-11-24-Early");
            assertThat(early.state()).as(early.message()).isEqualTo(LedgerEntry.State.COMPLETED);
            assertThat(early.version()).isEqualTo(1);
            assertThat(test.reportMails()).singleElement()
                    .matches(m -> m.data().contains("shift-report 2026-11-24-Early"), "names the shift");
            assertThat(test.share.resolve("shift-report/2026-11-24-Early/v1")).isNotEmptyDirectory();
            assertThat(service.getBean(JobRunService.class).executions(10)).singleElement()
                    .matches(e -> e.status().equals("COMPLETED"));
            assertThat(next).isEqualTo(AFTER_EARLY.plus(Duration.ofMinutes(15)));
            assertThat(quartz.getTriggersOfJob(ScheduleService.wakeKey(ServiceTestHome.JOB))).hasSize(1);
        }
    }
}
