package com.winccreports.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The planner's answer for one job at one moment.
 *
 * @param job     the job name
 * @param planned when the plan was made; firings up to this instant are accounted for
 * @param due     periods to run now, oldest first
 * @param skipped missed periods the catch-up policy leaves out, oldest first
 * @param next    the next firing after {@code planned}, if the trigger has one
 */
public record Plan(String job, Instant planned, List<Firing> due, List<Firing> skipped, Optional<Firing> next) {

    public Plan {
        due = List.copyOf(due);
        skipped = List.copyOf(skipped);
    }
}
