package com.winccreports.wincc;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** A ticker whose sleeps move virtual time forward at once: tests never wait for real. */
final class VirtualTicker implements Ticker {

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final AtomicLong slept = new AtomicLong();
    private final AtomicInteger sleeps = new AtomicInteger();

    @Override
    public long nanos() {
        return now.get();
    }

    @Override
    public void sleepNanos(long nanos) {
        long wakeUp = now.get() + nanos;
        now.accumulateAndGet(wakeUp, Math::max);
        slept.addAndGet(nanos);
        sleeps.incrementAndGet();
        Thread.yield();
    }

    long sleptNanos() {
        return slept.get();
    }

    int sleeps() {
        return sleeps.get();
    }
}
