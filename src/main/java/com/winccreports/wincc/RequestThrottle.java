package com.winccreports.wincc;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * The client-side limit per server — WinCC enforces none of its own, so a report must not flood the
 * SCADA server: at most {@code maxConcurrent} requests in flight, and a request starts only while fewer
 * than {@code maxPerSecond} requests are in flight or ended within the last second. The second rule holds
 * as seen by the server too, whatever the network delays: any {@code maxPerSecond + 1} requests that
 * reach the server within one second would all have been running or recently ended when the last of
 * them started. A permit is held until the answer's body has been received.
 *
 * <p>A node has one throttle per configured source ({@link #of}): every run of the node — scheduled, on demand,
 * from the API, each with its own client or Spring context — takes its permits from the same one, so together
 * they stay within the source's limits.
 */
public final class RequestThrottle {

    private static final long SECOND = 1_000_000_000L;

    /** The throttles of this JVM, by source (name, server and limits) and the ticker they count time with. */
    private static final Map<Shared, RequestThrottle> NODE = new ConcurrentHashMap<>();

    private record Shared(String source, URI server, int maxPerSecond, int maxConcurrent, Ticker ticker) {
    }

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

    /**
     * The one throttle of {@code settings}' source in this JVM: the same instance for every client of the source
     * with the same server and limits (a changed limit, as after a configuration edit, gets a new one).
     */
    public static RequestThrottle of(SourceSettings settings, Ticker ticker) {
        return NODE.computeIfAbsent(new Shared(settings.name(), settings.baseUri(), settings.maxRequestsPerSecond(),
                settings.maxConcurrentRequests(), ticker), key -> new RequestThrottle(key.maxPerSecond(),
                        key.maxConcurrent(), key.ticker()));
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
