package com.winccreports.job.cli;

import com.winccreports.job.RunProgress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Progress of a run on the terminal: partitions done, values read, rate and ETA, refreshed in place on a
 * terminal and printed as a line every few seconds otherwise (logs of a wrapper script stay readable).
 */
final class ConsoleProgress implements RunProgress, AutoCloseable {

    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private final AtomicInteger partitions = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong expected = new AtomicLong();
    private final AtomicLong values = new AtomicLong();
    private final AtomicReference<String> step = new AtomicReference<>("read");
    /** Until the job's execution starts (context, checks, a batch looked up) there is nothing to count yet. */
    private volatile boolean executing;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "progress");
        thread.setDaemon(true);
        return thread;
    });

    ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
        ticker.scheduleAtFixedRate(this::print, 1, terminal ? 1 : 5, TimeUnit.SECONDS);
    }

    @Override
    public void executionStarted(long executionId) {
        executing = true;
        synchronized (out) {
            out.println((terminal ? "\r" : "") + "Execution " + executionId + " started (stop " + executionId
                    + ", SIGTERM or Ctrl-C stop it at its next commit; restart " + executionId + " continues it)");
            out.flush();
        }
    }

    @Override
    public void planned(int partitionCount, long expectedValues) {
        partitions.set(partitionCount);
        expected.set(expectedValues);
    }

    @Override
    public void valuesRead(long count) {
        values.addAndGet(count);
    }

    @Override
    public void partitionDone() {
        done.incrementAndGet();
    }

    @Override
    public void stepStarted(String name) {
        step.set(name);
    }

    long valuesRead() {
        return values.get();
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    String line() {
        if (!executing) {
            return String.format(Locale.ROOT, "starting · %.0f s", seconds());
        }
        double seconds = Math.max(seconds(), 1e-3);
        double rate = values.get() / seconds;
        String eta = "";
        long remaining = expected.get() - values.get();
        if (expected.get() > 0 && rate > 0 && remaining > 0 && "read".equals(step.get())) {
            long etaSeconds = Math.round(remaining / rate);
            eta = String.format(Locale.ROOT, " · ETA %d:%02d", etaSeconds / 60, etaSeconds % 60);
        }
        return String.format(Locale.ROOT, "%s · partitions %d/%d · %,d values · %,.0f values/s%s · %.0f s",
                step.get(), done.get(), partitions.get(), values.get(), rate, eta, seconds);
    }

    private void print() {
        if (terminal) {
            out.print("\r" + line() + "   ");
        } else {
            out.println(line());
        }
        out.flush();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        if (terminal) {
            out.println();
        }
    }
}
