package com.winccreports.shiftreport.steps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the report files of a publication — one task per (line, format) — on up to {@code parallelism} threads.
 * Each file is independent (its own workbook or document), so lines and formats render side by side. The
 * first failure keeps the tasks not yet started from starting, waits for the running ones (no thread keeps
 * writing into the working folder after this returns) and is rethrown as it was, so the publish step fails
 * (and is restarted) exactly as if the files had been rendered one after another.
 */
final class ParallelRendering {

    /** One report file to write. */
    @FunctionalInterface
    interface RenderTask {
        void render() throws IOException;
    }

    private ParallelRendering() {
    }

    /** Threads worth using: the job's grid size, but never more than the tasks or the machine's processors. */
    static int parallelism(int gridSize, int tasks) {
        return Math.max(1, Math.min(Math.min(gridSize, tasks), Runtime.getRuntime().availableProcessors()));
    }

    /** Runs every task; returns when all are done, or throws the first failure (in task order). */
    static void runAll(List<RenderTask> tasks, int parallelism) throws IOException {
        if (parallelism <= 1 || tasks.size() <= 1) {
            for (RenderTask task : tasks) {
                task.render();
            }
            return;
        }
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, runnable -> {
            Thread thread = new Thread(runnable, "render-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (RenderTask task : tasks) {
                futures.add(pool.submit(() -> {
                    task.render();
                    return null;
                }));
            }
            awaitAll(futures);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitAll(List<Future<?>> futures) throws IOException {
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering the report files", e);
        } catch (ExecutionException e) {
            futures.forEach(future -> future.cancel(false));
            futures.forEach(ParallelRendering::awaitQuietly);
            throw rethrown(e.getCause());
        }
    }

    private static void awaitQuietly(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            // the first failure is the one reported
        }
    }

    private static IOException rethrown(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new UncheckedIOException(new IOException("rendering failed", cause));
    }
}
