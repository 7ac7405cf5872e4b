package com.winccreports.wincc;

/**
 * Time as the client's retries and rate limit see it; tests inject a virtual one so they never sleep
 * for real and can check limits exactly.
 */
public interface Ticker {

    /** Monotonic nanoseconds. */
    long nanos();

    /** Waits for at least {@code nanos}. */
    void sleepNanos(long nanos) throws InterruptedException;

    /** The system's monotonic clock and {@link Thread#sleep}. */
    static Ticker system() {
        return SystemTicker.INSTANCE;
    }

    /** Wall-clock ticker backed by {@link System#nanoTime()}. */
    enum SystemTicker implements Ticker {
        INSTANCE;

        @Override
        public long nanos() {
            return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
            if (nanos > 0) {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        }
    }
}
