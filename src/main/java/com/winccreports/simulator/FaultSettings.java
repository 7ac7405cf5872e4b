package com.winccreports.simulator;

import java.time.Duration;

/**
 * Faults the simulator injects, drawn per request from a random source seeded with {@code seed} (the
 * n-th request of a run always gets the same draw, so a sequential run is reproducible). Rates are
 * probabilities per request in {@code [0, 1]}; together at most 1.
 *
 * @param latencyMillis      fixed delay before every answer
 * @param jitterMillis       plus a uniform random delay in {@code [0, jitterMillis]}
 * @param errorRate          share of requests answered 500
 * @param tooManyRequestsRate share answered 429 with {@code Retry-After: retryAfterSeconds}
 * @param lockedRate         share answered 423 (archive locked, retry)
 * @param resetRate          share whose connection is closed after half of the body
 * @param truncateRate       share answered 200 with a JSON body cut short
 * @param outageAfter        the server goes away after answering this many requests (0: never): the
 *                           request after them is dropped, the port closed, every connection refused
 * @param outageFor          how long it stays away before it listens on the same port again
 */
public record FaultSettings(long seed, long latencyMillis, long jitterMillis, double errorRate,
        double tooManyRequestsRate, int retryAfterSeconds, double lockedRate, double resetRate, double truncateRate,
        long outageAfter, Duration outageFor) {

    public FaultSettings {
        if (latencyMillis < 0 || jitterMillis < 0 || retryAfterSeconds < 0 || outageAfter < 0) {
            throw new IllegalArgumentException("latency, jitter, retryAfterSeconds and outageAfter must not be "
                    + "negative");
        }
        outageFor = outageFor == null ? Duration.ZERO : outageFor;
        if (outageFor.isNegative() || (outageAfter > 0 && outageFor.isZero())) {
            throw new IllegalArgumentException("an outage needs a positive length, was " + outageFor);
        }
        double sum = 0;
        for (double rate : new double[] {errorRate, tooManyRequestsRate, lockedRate, resetRate, truncateRate}) {
            if (rate < 0 || rate > 1) {
                throw new IllegalArgumentException("fault rates must lie in [0, 1]");
            }
            sum += rate;
        }
        if (sum > 1.0000001) {
            throw new IllegalArgumentException("fault rates add up to more than 1: " + sum);
        }
    }

    /** Faults drawn per request, no outage. */
    public FaultSettings(long seed, long latencyMillis, long jitterMillis, double errorRate,
            double tooManyRequestsRate, int retryAfterSeconds, double lockedRate, double resetRate,
            double truncateRate) {
        this(seed, latencyMillis, jitterMillis, errorRate, tooManyRequestsRate, retryAfterSeconds, lockedRate,
                resetRate, truncateRate, 0, Duration.ZERO);
    }

    /** No faults, no latency. */
    public static FaultSettings none() {
        return new FaultSettings(1, 0, 0, 0, 0, 1, 0, 0, 0);
    }

    /** Whether the server goes away for a while ({@link #withOutage}). */
    public boolean hasOutage() {
        return outageAfter > 0;
    }

    /** Faults drawn per request (latency included); an outage is apart from these. */
    public boolean active() {
        return latencyMillis > 0 || jitterMillis > 0 || errorRate + tooManyRequestsRate + lockedRate + resetRate
                + truncateRate > 0;
    }

    public FaultSettings withSeed(long value) {
        return new FaultSettings(value, latencyMillis, jitterMillis, errorRate, tooManyRequestsRate,
                retryAfterSeconds, lockedRate, resetRate, truncateRate, outageAfter, outageFor);
    }

    public FaultSettings withLatency(long fixedMillis, long jitter) {
        return new FaultSettings(seed, fixedMillis, jitter, errorRate, tooManyRequestsRate, retryAfterSeconds,
                lockedRate, resetRate, truncateRate, outageAfter, outageFor);
    }

    public FaultSettings withErrorRate(double rate) {
        return new FaultSettings(seed, latencyMillis, jitterMillis, rate, tooManyRequestsRate, retryAfterSeconds,
                lockedRate, resetRate, truncateRate, outageAfter, outageFor);
    }

    public FaultSettings withTooManyRequests(double rate, int retryAfter) {
        return new FaultSettings(seed, latencyMillis, jitterMillis, errorRate, rate, retryAfter, lockedRate,
                resetRate, truncateRate, outageAfter, outageFor);
    }

    public FaultSettings withLockedRate(double rate) {
        return new FaultSettings(seed, latencyMillis, jitterMillis, errorRate, tooManyRequestsRate,
                retryAfterSeconds, rate, resetRate, truncateRate, outageAfter, outageFor);
    }

    public FaultSettings withResetRate(double rate) {
        return new FaultSettings(seed, latencyMillis, jitterMillis, errorRate, tooManyRequestsRate,
                retryAfterSeconds, lockedRate, rate, truncateRate, outageAfter, outageFor);
    }

    public FaultSettings withTruncateRate(double rate) {
        return new FaultSettings(seed, latencyMillis, jitterMillis, errorRate, tooManyRequestsRate,
                retryAfterSeconds, lockedRate, resetRate, rate, outageAfter, outageFor);
    }

    /** The server goes away after answering {@code afterRequests} requests, for {@code length}. */
    public FaultSettings withOutage(long afterRequests, Duration length) {
        return new FaultSettings(seed, latencyMillis, jitterMillis, errorRate, tooManyRequestsRate,
                retryAfterSeconds, lockedRate, resetRate, truncateRate, afterRequests, length);
    }
}
