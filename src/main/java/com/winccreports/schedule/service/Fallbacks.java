package com.winccreports.schedule.service;

import com.winccreports.period.ReportPeriod;
import com.winccreports.schedule.JobDataPurger;
import com.winccreports.schedule.PeriodRunner;
import com.winccreports.schedule.RunRequest;
import com.winccreports.schedule.RunSnapshot;
import com.winccreports.schedule.Watermark;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the scheduler uses when the build has no report job, no WinCC watermark or no purger to offer. */
final class Fallbacks {

    private static final Logger LOG = LoggerFactory.getLogger(Fallbacks.class);

    private Fallbacks() {
    }

    /** Every run fails, saying why; the periods stay failed and can be restarted once the job exists. */
    static PeriodRunner noRunner() {
        LOG.warn("no report job (PeriodRunner) in this build: scheduled runs will fail");
        return new PeriodRunner() {
            @Override
            public RunSnapshot start(RunRequest request) {
                throw new IllegalStateException("no report job is available in this build");
            }

            @Override
            public RunSnapshot restart(long executionId) {
                throw new IllegalStateException("no report job is available in this build");
            }

            @Override
            public Optional<RunSnapshot> latest(String job, ReportPeriod period) {
                return Optional.empty();
            }
        };
    }

    /** Takes every period as complete: without a watermark the wait could only run out. */
    static Watermark unchecked() {
        LOG.warn("no archive watermark available: the completeness wait is off, periods count as complete");
        return (job, asOf) -> Optional.of(asOf);
    }

    /** Keeps staging and history; outputs and the scheduler's own tables are still purged. */
    static JobDataPurger keepJobData() {
        return new JobDataPurger() {
            @Override
            public int purgeStaging(String job, Instant before) {
                return 0;
            }

            @Override
            public int purgeHistory(String job, Instant before) {
                return 0;
            }
        };
    }
}
