package com.winccreports.wincc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RequestThrottleTest {

    @Test
    void neverMoreStartsInAnyOneSecondOrMoreInFlightThanAllowed() throws Exception {
        VirtualTicker ticker = new VirtualTicker();
        RequestThrottle throttle = new RequestThrottle(5, 2, ticker);
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    throttle.acquire();
                    starts.add(ticker.nanos());
                    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    Thread.yield();
                    inFlight.decrementAndGet();
                    throttle.release();
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(starts).hasSize(60);
        assertThat(maxInFlight.get()).isLessThanOrEqualTo(2);
        List<Long> sorted = new ArrayList<>(starts);
        Collections.sort(sorted);
        for (int i = 5; i < sorted.size(); i++) {
            assertThat(sorted.get(i) - sorted.get(i - 5)).as("start %d vs %d", i, i - 5)
                    .isGreaterThanOrEqualTo(1_000_000_000L);
        }
        assertThat(sorted.get(59) - sorted.get(0)).isGreaterThanOrEqualTo(11_000_000_000L);
    }
}
