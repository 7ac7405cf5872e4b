package com.winccreports.schedule;

import com.winccreports.period.ReportPeriod;
import java.util.Objects;

/**
 * A run of a job for one period, as the scheduler asks for it.
 *
 * @param job        the job name
 * @param period     the period; its start and end are the run's identifying parameters
 * @param incomplete the archive had not caught up with the period's end when the wait ran out: the
 *                   report must say so
 * @param reissue    the period has a published version already; late data arrived and a new version
 *                   is to be made beside it (the first is kept)
 */
public record RunRequest(String job, ReportPeriod period, boolean incomplete, boolean reissue) {

    public RunRequest {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(period, "period");
    }
}
