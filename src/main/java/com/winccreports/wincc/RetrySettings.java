package com.winccreports.wincc;

import java.time.Duration;

/**
 * Retries of transient failures (5xx, 429, 423, I/O errors, truncated answers): exponential backoff
 * with jitter, at least the server's {@code Retry-After}, bounded in attempts and total time.
 *
 * @param maxAttempts    attempts in total, the first included (default 6)
 * @param initialBackoff wait before the first retry (default 200 ms)
 * @param multiplier     growth of the wait per retry (default 2)
 * @param maxBackoff     longest computed wait between attempts; a longer Retry-After is still honoured (default 10 s)
 * @param jitter         random spread of each wait, as a fraction of it, 0..1 (default 0.2)
 * @param maxTotalTime   no retry is started that would end after this time since the first attempt (default 2 min)
 */
public record RetrySettings(Integer maxAttempts, Duration initialBackoff, Double multiplier, Duration maxBackoff,
        Double jitter, Duration maxTotalTime) {

    public RetrySettings {
        maxAttempts = maxAttempts == null ? 6 : maxAttempts;
        initialBackoff = initialBackoff == null ? Duration.ofMillis(200) : initialBackoff;
        multiplier = multiplier == null ? 2.0 : multiplier;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(10) : maxBackoff;
        jitter = jitter == null ? 0.2 : jitter;
        maxTotalTime = maxTotalTime == null ? Duration.ofMinutes(2) : maxTotalTime;
        if (maxAttempts < 1 || multiplier < 1 || jitter < 0 || jitter > 1 || initialBackoff.isNegative()) {
            throw new IllegalArgumentException("retry: max-attempts >= 1, multiplier >= 1, jitter in 0..1, "
                    + "initial-backoff >= 0 required, got " + maxAttempts + ", " + multiplier + ", " + jitter
                    + ", " + initialBackoff);
        }
    }

    /** The defaults. */
    public static RetrySettings defaults() {
        return new RetrySettings(null, null, null, null, null, null);
    }

    /** Nanoseconds to wait before attempt {@code attempt + 1}, given a uniform random {@code r} in [0, 1). */
    long backoffNanos(int attempt, double r) {
        double base = initialBackoff.toNanos() * Math.pow(multiplier, attempt - 1);
        double capped = Math.min(base, maxBackoff.toNanos());
        return (long) (capped * (1 - jitter + 2 * jitter * r));
    }
}
