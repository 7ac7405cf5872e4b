package com.winccreports.shiftreport.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParallelRenderingTest {

    @Test
    void everyTaskRunsOnce() throws IOException {
        Set<Integer> done = ConcurrentHashMap.newKeySet();
        AtomicInteger runs = new AtomicInteger();
        List<ParallelRendering.RenderTask> tasks = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            int id = i;
            tasks.add(() -> {
                runs.incrementAndGet();
                done.add(id);
            });
        }
        ParallelRendering.runAll(tasks, 3);
        assertThat(done).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6);
        assertThat(runs).hasValue(7);
    }

    @Test
    void twoThreadsRenderSideBySide() throws IOException {
        // each task waits for the other: only finishes if both run at the same time (the timeout is a guard only)
        CyclicBarrier both = new CyclicBarrier(2);
        ParallelRendering.RenderTask meet = () -> {
            try {
                both.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IOException("the other file was not rendered at the same time", e);
            }
        };
        ParallelRendering.runAll(List.of(meet, meet), 2);
        assertThat(both.isBroken()).isFalse();
    }

    @Test
    void firstFailureIsRethrownAfterRunningTasksFinished() {
        IOException broken = new IOException("template missing");
        CountDownLatch failed = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger finishedAfterFailure = new AtomicInteger();
        ParallelRendering.RenderTask slow = () -> {
            running.incrementAndGet();
            try {
                if (!failed.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the failing task did not run within 30 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finishedAfterFailure.incrementAndGet();
            running.decrementAndGet();
        };
        ParallelRendering.RenderTask failing = () -> {
            failed.countDown();
            throw broken;
        };
        assertThatThrownBy(() -> ParallelRendering.runAll(List.of(slow, failing, slow, slow), 2)).isSameAs(broken);
        assertThat(running).as("no task still writing when runAll returns").hasValue(0);
        assertThat(finishedAfterFailure.get()).as("the running task finished; queued ones may not start")
                .isBetween(1, 3);
    }

    @Test
    void runtimeFailuresKeepTheirType() {
        IllegalStateException broken = new IllegalStateException("bad layout");
        assertThatThrownBy(() -> ParallelRendering.runAll(List.of(() -> { }, () -> {
            throw broken;
        }), 2)).isSameAs(broken);
    }

    @Test
    void parallelismIsBoundedByGridTasksAndProcessors() {
        int processors = Runtime.getRuntime().availableProcessors();
        assertThat(ParallelRendering.parallelism(1, 4)).isEqualTo(1);
        assertThat(ParallelRendering.parallelism(8, 1)).isEqualTo(1);
        assertThat(ParallelRendering.parallelism(64, 64)).isEqualTo(processors);
        assertThat(ParallelRendering.parallelism(0, 4)).isEqualTo(1);
    }
}
