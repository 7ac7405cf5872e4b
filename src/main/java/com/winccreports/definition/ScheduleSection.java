package com.winccreports.definition;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/**
 * When a job runs by itself (read by the scheduler; the job ignores it). A trigger is either a cron
 * expression in the site's zone or "after each period" ({@code after: production-day}); the catch-up
 * policy says what happens to periods missed during downtime; the completeness wait holds a run until
 * the archive has caught up with the period's end, at most {@code completenessWait}.
 * New keys go here (and into {@code jobs/schema/job.schema.json}).
 */
public record ScheduleSection(Boolean enabled, String cron, Period after, CatchUp catchUp, Integer catchUpMax,
        Duration completenessWait, Boolean reissueOnLateData) {

    public ScheduleSection {
        enabled = enabled == null || enabled;
        catchUp = catchUp == null ? CatchUp.ALL : catchUp;
        completenessWait = completenessWait == null ? Duration.ZERO : completenessWait;
        reissueOnLateData = reissueOnLateData != null && reissueOnLateData;
    }

    /** The periods a trigger can follow. */
    public enum Period {
        @JsonProperty("shift") SHIFT,
        @JsonProperty("production-day") PRODUCTION_DAY,
        @JsonProperty("week") WEEK,
        @JsonProperty("month") MONTH
    }

    /** What to do with periods missed while the service was down. */
    public enum CatchUp {
        /** Every missed period in order (at most {@code catchUpMax} when set). */
        @JsonProperty("all") ALL,
        /** Only the most recent missed period. */
        @JsonProperty("latest") LATEST,
        /** None; the skipped periods are listed. */
        @JsonProperty("none") NONE
    }
}
