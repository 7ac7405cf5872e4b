package com.winccreports.wincc;

import java.util.concurrent.Semaphore;

/**
 * The client-side limit per server: at most {@code maxConcurrent} requests in flight and at most
 * {@code maxPerSecond} request starts in any sliding one-second interval — WinCC enforces no limit of
 * its own, so a report must not flood the SCADA server. A permit is held until the answer's body is read.
 * Starts are spaced over one second plus {@link #GUARD_NANOS}, so that the server, which sees arrival
 * times shifted by network jitter, still never counts more than {@code maxPerSecond} in a second.
 */
public final class RequestThrottle {

    /** Margin added to the one-second window against network jitter (50 ms). */
    public static final long GUARD_NANOS = 50_000_000L;

    private static final long WINDOW = 1_000_000_000L + GUARD_NANOS;

    private final Semaphore inFlight;
    private final long[] recentStarts;
    private final Ticker ticker;
    private int next;
    private int started;

    public RequestThrottle(int maxPerSecond, int maxConcurrent, Ticker ticker) {
        if (maxPerSecond < 1 || maxConcurrent < 1) {
            throw new IllegalArgumentException("maxPerSecond and maxConcurrent must be >= 1, got "
                    + maxPerSecond + " and " + maxConcurrent);
        }
        this.inFlight = new Semaphore(maxConcurrent, true);
        this.recentStarts = new long[maxPerSecond];
        this.ticker = ticker;
    }

    /** Blocks until a request may start; every call must be paired with {@link #release()}. */
    public void acquire() throws InterruptedException {
        inFlight.acquire();
        try {
            while (true) {
                long wait = tryStart();
                if (wait <= 0) {
                    return;
                }
                ticker.sleepNanos(wait);
            }
        } catch (InterruptedException | RuntimeException e) {
            inFlight.release();
            throw e;
        }
    }

    /** Ends a request started by {@link #acquire()}. */
    public void release() {
        inFlight.release();
    }

    /** Records a start and returns 0, or returns how long to wait before the oldest start leaves the window. */
    private synchronized long tryStart() {
        long now = ticker.nanos();
        if (started == recentStarts.length) {
            long wait = recentStarts[next] + WINDOW - now;
            if (wait > 0) {
                return wait;
            }
        } else {
            started++;
        }
        recentStarts[next] = now;
        next = (next + 1) % recentStarts.length;
        return 0;
    }
}
