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
 * The source's rate limit holds for the node, not for each run: two clients of one source made by two factories
 * (as two runs — scheduled and on demand, each with its own Spring context — make them) read at once, and the
 * simulator's request log never sees more than the source's requests per second from both together.
 */
class SharedRateLimitTest {

    private static final int PER_SECOND = 6;
    private static final int CONCURRENT = 3;

    @Test
    void twoRunsOfOneSourceTogetherStayWithinItsRequestsPerSecond() throws Exception {
        try (SimulatorServer sim = SimulatorFixture.start(FaultSettings.none())) {
            SourceSettings settings = SimulatorFixture.settings(sim, 100).withLimits(PER_SECOND, CONCURRENT);
            WinccClient scheduled = SimulatorFixture.client(settings, Ticker.system());
            WinccClient onDemand = SimulatorFixture.client(settings, Ticker.system());
            ExecutorService runs = Executors.newFixedThreadPool(4);
            List<Future<ArchivePage>> pages = new ArrayList<>();
            Instant from = Instant.parse("2026-11-22T06:00:00Z");
            for (WinccClient client : List.of(scheduled, onDemand)) {
                for (String tag : List.of("L1.Power", "L2.Power")) {
                    pages.add(runs.submit(() -> client.readWindow("PVArchive", tag, from, from.plusSeconds(400))));
                }
            }
            for (Future<ArchivePage> page : pages) {
                assertThat(page.get(2, TimeUnit.MINUTES).size()).isEqualTo(400);
            }
            runs.shutdown();

            long[] starts = sim.requestLog().entries().stream().mapToLong(RequestLog.Entry::startNanos).sorted()
                    .toArray();
            assertThat(starts.length).as("4 readers x 4 pages").isGreaterThanOrEqualTo(16);
            for (int i = PER_SECOND; i < starts.length; i++) {
                assertThat(starts[i] - starts[i - PER_SECOND]).as("starts %d..%d", i - PER_SECOND, i)
                        .isGreaterThanOrEqualTo(1_000_000_000L);
            }
        }
    }

    @Test
    void aSourceHasOneThrottlePerNodeAndAChangedLimitANewOne() {
        SourceSettings source = SourceSettings.withDefaults("plant-a",
                java.net.URI.create("http://10.0.0.1/WinCCRestService"), new Credentials("reader", "pw".toCharArray()));

        RequestThrottle first = RequestThrottle.of(source, Ticker.system());

        assertThat(RequestThrottle.of(source, Ticker.system())).isSameAs(first);
        assertThat(RequestThrottle.of(source.withLimits(5, 2), Ticker.system())).isNotSameAs(first);
        assertThat(RequestThrottle.of(SourceSettings.withDefaults("plant-b", source.baseUri(), source.credentials()),
                Ticker.system())).isNotSameAs(first);
    }
}
