package com.winccreports.schedule;

import java.time.Duration;
import java.util.Objects;

/**
 * What happens to firings missed while the service was down. A firing counts as missed when it is
 * older than {@code misfireGrace} at the time the planner sees it.
 *
 * @param policy       which missed firings still run
 * @param maxRuns      with {@link Policy#ALL}: at most this many periods per wake-up, the newest ones
 *                     (0 = no limit); older ones are skipped and listed
 * @param misfireGrace how late a firing may be seen and still count as on time
 */
public record CatchUp(Policy policy, int maxRuns, Duration misfireGrace) {

    /** How many missed periods to run after downtime. */
    public enum Policy {
        /** Every missed period, oldest first (bounded by {@code maxRuns}). */
        ALL,
        /** Only the newest due period; the others are skipped. */
        LATEST,
        /** None of the missed periods; only on-time firings run. */
        NONE
    }

    public static final Duration DEFAULT_MISFIRE_GRACE = Duration.ofMinutes(15);

    public CatchUp {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(misfireGrace, "misfireGrace");
        if (maxRuns < 0) {
            throw new IllegalArgumentException("maxRuns must be 0 (no limit) or positive: " + maxRuns);
        }
        if (misfireGrace.isNegative()) {
            throw new IllegalArgumentException("misfireGrace must not be negative: " + misfireGrace);
        }
    }

    public static CatchUp all() {
        return new CatchUp(Policy.ALL, 0, DEFAULT_MISFIRE_GRACE);
    }

    public static CatchUp atMost(int maxRuns) {
        return new CatchUp(Policy.ALL, maxRuns, DEFAULT_MISFIRE_GRACE);
    }

    public static CatchUp latestOnly() {
        return new CatchUp(Policy.LATEST, 0, DEFAULT_MISFIRE_GRACE);
    }

    public static CatchUp none() {
        return new CatchUp(Policy.NONE, 0, DEFAULT_MISFIRE_GRACE);
    }
}
