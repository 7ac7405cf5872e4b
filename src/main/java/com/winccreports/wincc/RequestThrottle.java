package com.winccreports.wincc;

import java.util.ArrayDeque;
import java.util.concurrent.Semaphore;

/**
 * The client-side limit per server — WinCC enforces none of its own, so a report must not flood the
 * SCADA server: at most {@code maxConcurrent} requests in flight, and a request starts only while fewer
 * than {@code maxPerSecond} requests are in flight or ended within the last second. The second rule holds
 * as seen by the server too, whatever the network delays: any {@code maxPerSecond + 1} requests that
 * reach the server within one second would all have been running or recently ended when the last of
 * them started. A permit is held until the answer's body has been received.
 */
public final class RequestThrottle {

    private static final long SECOND = 1_000_000_000L;

    private final Semaphore inFlight;
    private final int maxPerSecond;
    private final Ticker ticker;
    private final ArrayDeque<Long> recentEnds = new ArrayDeque<>();
    private int running;

    public RequestThrottle(int maxPerSecond, int maxConcurrent, Ticker ticker) {
        if (maxPerSecond < 1 || maxConcurrent < 1) {
            throw new IllegalArgumentException("maxPerSecond and maxConcurrent must be >= 1, got "
                    + maxPerSecond + " and " + maxConcurrent);
        }
        this.inFlight = new Semaphore(maxConcurrent, true);
        this.maxPerSecond = maxPerSecond;
        this.ticker = ticker;
    }

    /** Blocks until a request may start; every call must be paired with {@link #release()}. */
    public void acquire() throws InterruptedException {
        inFlight.acquire();
        try {
            long wait;
            while ((wait = tryStart()) > 0) {
                ticker.sleepNanos(wait);
            }
        } catch (InterruptedException | RuntimeException e) {
            inFlight.release();
            throw e;
        }
    }

    /** Ends a request started by {@link #acquire()}. */
    public void release() {
        synchronized (this) {
            running--;
            recentEnds.addLast(ticker.nanos());
            notifyAll();
        }
        inFlight.release();
    }

    /** Starts and returns 0, or returns how long to wait until the oldest recent end is a second old. */
    private synchronized long tryStart() throws InterruptedException {
        while (true) {
            long now = ticker.nanos();
            while (!recentEnds.isEmpty() && recentEnds.peekFirst() <= now - SECOND) {
                recentEnds.pollFirst();
            }
            if (running + recentEnds.size() < maxPerSecond) {
                running++;
                return 0;
            }
            if (!recentEnds.isEmpty()) {
                return recentEnds.peekFirst() + SECOND - now + 1;
            }
            wait(); // all slots are running requests: wait for one to end
        }
    }
}
