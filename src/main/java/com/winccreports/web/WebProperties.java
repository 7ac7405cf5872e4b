package com.winccreports.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the API and the page ({@code wincc-reports.web.*} in {@code config/application.yaml}).
 *
 * @param maxConcurrentRuns     on-demand runs (API and page) at once; more wait in the queue (default 2). The
 *                              scheduler's runs are not counted: they have their own threads
 * @param queueCapacity         requests that may wait; beyond that a request is refused with 503 (default 20)
 * @param maxWaitingPerUser     requests one user may have waiting or running; beyond that 429 (default 5)
 * @param requestsPerMinute     API calls one user may make per minute, any endpoint; beyond that 429 (default 300)
 * @param keepFinished          finished on-demand runs kept in memory for their status pages (default 200); older
 *                              ones are found in the execution history
 * @param shutdownWait          how long a stopping service waits for on-demand runs in progress (default 15 minutes)
 */
@ConfigurationProperties("wincc-reports.web")
public record WebProperties(Integer maxConcurrentRuns, Integer queueCapacity, Integer maxWaitingPerUser,
        Integer requestsPerMinute, Integer keepFinished, Duration shutdownWait) {

    public WebProperties {
        maxConcurrentRuns = positive(maxConcurrentRuns, 2, "max-concurrent-runs");
        queueCapacity = positive(queueCapacity, 20, "queue-capacity");
        maxWaitingPerUser = positive(maxWaitingPerUser, 5, "max-waiting-per-user");
        requestsPerMinute = positive(requestsPerMinute, 300, "requests-per-minute");
        keepFinished = positive(keepFinished, 200, "keep-finished");
        shutdownWait = shutdownWait == null ? Duration.ofMinutes(15) : shutdownWait;
    }

    private static int positive(Integer value, int fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalArgumentException("wincc-reports.web." + name + " must be at least 1, got " + value);
        }
        return value;
    }
}
