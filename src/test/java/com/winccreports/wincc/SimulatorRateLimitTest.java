package com.winccreports.wincc;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.simulator.FaultSettings;
import com.winccreports.simulator.RequestLog;
import com.winccreports.simulator.SimulatorServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The client-side limit holds under parallel readers, checked as an upper bound on the simulator's request
 * log: never more than N request starts in any second, never more than M requests at once. The second
 * check uses the injected latency L: the server holds every request at least L after stamping its start,
 * and the client holds a permit until the answer arrives, so M + 1 starts within L would prove M + 1
 * requests in flight.
 */
class SimulatorRateLimitTest {

    private static final int PER_SECOND = 8;
    private static final int CONCURRENT = 2;
    private static final long LATENCY_MILLIS = 40;

    @Test
    void parallelReadersNeverExceedTheConfiguredRateOrConcurrency() throws Exception {
        try (SimulatorServer sim = SimulatorFixture.start(FaultSettings.none().withLatency(LATENCY_MILLIS, 0))) {
            WinccClient client = SimulatorFixture.client(SimulatorFixture.settings(sim, 100)
                    .withLimits(PER_SECOND, CONCURRENT), Ticker.system());
            ExecutorService readers = Executors.newFixedThreadPool(4);
            List<Future<ArchivePage>> pages = new ArrayList<>();
            Instant from = Instant.parse("2026-11-22T06:00:00Z");
            for (String tag : List.of("L1.Power", "L1.Pressure", "L2.Power", "L2.Pressure")) {
                pages.add(readers.submit(() -> client.readWindow("PVArchive", tag, from, from.plusSeconds(500))));
            }
            for (Future<ArchivePage> page : pages) {
                assertThat(page.get(2, TimeUnit.MINUTES).size()).isEqualTo(500);
            }
            readers.shutdown();
            long[] starts = sim.requestLog().entries().stream().mapToLong(RequestLog.Entry::startNanos).sorted()
                    .toArray();
            assertThat(starts.length).isGreaterThanOrEqualTo(20);
            for (int i = PER_SECOND; i < starts.length; i++) {
                assertThat(starts[i] - starts[i - PER_SECOND]).as("starts %d..%d", i - PER_SECOND, i)
                        .isGreaterThanOrEqualTo(1_000_000_000L);
            }
            for (int i = CONCURRENT; i < starts.length; i++) {
                assertThat(starts[i] - starts[i - CONCURRENT]).as("starts %d..%d", i - CONCURRENT, i)
                        .isGreaterThanOrEqualTo(LATENCY_MILLIS * 1_000_000L);
            }
        }
    }
}
