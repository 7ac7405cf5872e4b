package com.winccreports.web;

import com.winccreports.job.RunProgress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Collects the progress of one on-demand run from the job's worker threads, and tells it as a
 * {@link RunView.Progress}: partitions, values read, rate and the time left while reading.
 */
final class ProgressTracker implements RunProgress {

    /** Reading is most of a run; what follows (merge, render, publish) fills the rest up to 100 %. */
    private static final int READ_SHARE = 90;
    private static final String READ = "read";

    private final LongSupplier nanos;
    private final AtomicLong startedNanos = new AtomicLong(-1);
    private final AtomicInteger partitions = new AtomicInteger();
    private final AtomicInteger partitionsDone = new AtomicInteger();
    private final AtomicLong expected = new AtomicLong();
    private final AtomicLong values = new AtomicLong();
    private final AtomicLong lastReadNanos = new AtomicLong(-1);
    private final AtomicReference<String> step = new AtomicReference<>("");

    ProgressTracker(LongSupplier nanos) {
        this.nanos = nanos;
    }

    void started() {
        startedNanos.compareAndSet(-1, nanos.getAsLong());
        step.compareAndSet("", "prepare");
    }

    @Override
    public void planned(int partitionCount, long expectedValues) {
        partitions.set(partitionCount);
        expected.set(expectedValues);
        step.set(READ);
    }

    @Override
    public void valuesRead(long count) {
        values.addAndGet(count);
        lastReadNanos.set(nanos.getAsLong());
    }

    @Override
    public void partitionDone() {
        partitionsDone.incrementAndGet();
    }

    @Override
    public void stepStarted(String name) {
        step.set(name);
    }

    /** The progress now; {@code finished} runs show 100 % when they published. */
    RunView.Progress snapshot(boolean published) {
        long start = startedNanos.get();
        // the rate of reading: up to now while reading, up to the last values read once later steps run
        long until = READ.equals(step.get()) || lastReadNanos.get() < 0 ? nanos.getAsLong() : lastReadNanos.get();
        double seconds = start < 0 ? 0 : Math.max((until - start) / 1e9, 1e-3);
        long read = values.get();
        double rate = seconds > 0 ? read / seconds : 0;
        long left = expected.get() - read;
        Long eta = READ.equals(step.get()) && rate > 0 && left > 0 ? Math.round(left / rate) : null;
        return new RunView.Progress(step.get(), partitionsDone.get(), partitions.get(), read, expected.get(),
                Math.round(rate), eta, published ? 100 : percent());
    }

    private int percent() {
        if (startedNanos.get() < 0) {
            return 0;
        }
        String current = step.get();
        if (!current.isEmpty() && !READ.equals(current) && partitions.get() > 0) {
            return READ_SHARE + 5;    // past reading: merging, rendering, publishing
        }
        double byPartitions = partitions.get() == 0 ? 0 : (double) partitionsDone.get() / partitions.get();
        double byValues = expected.get() == 0 ? 0 : Math.min(1.0, (double) values.get() / expected.get());
        return (int) Math.min(READ_SHARE, Math.floor(READ_SHARE * Math.max(byPartitions, byValues)));
    }
}
