package com.winccreports.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * One timed pass over a plan: {@code concurrency} threads take {@link TagWindow}s from a shared queue
 * (as the job's partitions are taken by its grid) until none is left; the pass ends when the last
 * thread is done. A failure in any thread fails the pass.
 */
final class BenchPass {

    /** Reads one window and returns how many values it held; one instance per thread. */
    interface WindowReader {
        long read(TagWindow window);
    }

    /** What a pass did: values read, wall seconds, CPU seconds of this process (all threads, JIT and GC included). */
    record Outcome(long values, double seconds, double cpuSeconds) {
        double valuesPerSecond() {
            return values / seconds;
        }
    }

    private BenchPass() {
    }

    static Outcome run(List<TagWindow> plan, int concurrency, Supplier<WindowReader> readers)
            throws InterruptedException {
        ConcurrentLinkedQueue<TagWindow> queue = new ConcurrentLinkedQueue<>(plan);
        AtomicLong values = new AtomicLong();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread[] threads = new Thread[concurrency];
        for (int i = 0; i < concurrency; i++) {
            WindowReader reader = readers.get();
            threads[i] = new Thread(() -> drain(queue, reader, values, failure), "bench-reader-" + i);
        }
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        for (Thread thread : threads) {
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failure.get() != null) {
            throw failure.get();
        }
        return new Outcome(values.get(), seconds, (processCpuNanos() - cpuStart) / 1e9);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void drain(ConcurrentLinkedQueue<TagWindow> queue, WindowReader reader, AtomicLong values,
            AtomicReference<RuntimeException> failure) {
        try {
            for (TagWindow window = queue.poll(); window != null && failure.get() == null; window = queue.poll()) {
                values.addAndGet(reader.read(window));
            }
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }
}
