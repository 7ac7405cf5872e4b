package com.winccreports.wincc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.winccreports.simulator.FaultSettings;
import com.winccreports.simulator.RequestLog;
import com.winccreports.simulator.SimulatorServer;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every injected fault is retried to the same result; permanent failures name server, archive, tag, window. */
class SimulatorFaultTest {

    private static final Instant FROM = Instant.parse("2026-11-21T06:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-21T07:00:00Z");

    private static FaultSettings fault(String kind) {
        FaultSettings none = FaultSettings.none().withSeed(11);
        UnaryOperator<FaultSettings> apply = switch (kind) {
            case "error" -> f -> f.withErrorRate(0.3);
            case "too_many_requests" -> f -> f.withTooManyRequests(0.3, 2);
            case "locked" -> f -> f.withLockedRate(0.3);
            case "reset" -> f -> f.withResetRate(0.3);
            case "truncate" -> f -> f.withTruncateRate(0.3);
            default -> throw new IllegalArgumentException(kind);
        };
        return apply.apply(none);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"error", "too_many_requests", "locked", "reset", "truncate"})
    void eachInjectedFaultIsRetriedToTheSameResult(String kind) {
        try (SimulatorServer sim = SimulatorFixture.start(fault(kind))) {
            VirtualTicker ticker = new VirtualTicker();
            SourceSettings base = SimulatorFixture.settings(sim, 200);
            // a reset connection can leave the body hanging: the read timeout ends the attempt
            SourceSettings quick = new SourceSettings(base.name(), base.baseUri(), base.credentials(), 200, 1000, 8,
                    base.connectTimeout(), Duration.ofMillis(500), base.retry(), base.boundingLookBack(), null, null);
            WinccClient client = SimulatorFixture.client(quick, ticker);
            ArchivePage read = client.readWindow("PVArchive", "L1.Power", FROM, TO);
            assertThat(read).isEqualTo(SimulatorFixture.oracle(sim, "L1.Power", FROM, TO));
            long faults = sim.requestLog().entries().stream().filter(e -> e.fault().equals(kind)).count();
            assertThat(faults).as("faults of kind %s injected", kind).isGreaterThan(0);
            if (kind.equals("too_many_requests")) {
                assertThat(ticker.sleptNanos()).as("Retry-After honoured").isGreaterThanOrEqualTo(faults * 2_000_000_000L);
            }
        }
    }

    @Test
    void latencyBeyondTheReadTimeoutIsRetriedToTheSameResult() {
        try (SimulatorServer sim = SimulatorFixture.start(FaultSettings.none().withSeed(5).withLatency(0, 150))) {
            SourceSettings base = SimulatorFixture.settings(sim, 400);
            SourceSettings impatient = new SourceSettings(base.name(), base.baseUri(), base.credentials(), 400, 1000, 4,
                    Duration.ofSeconds(5), Duration.ofMillis(60), new RetrySettings(40, Duration.ofMillis(1), 1.0,
                    Duration.ofMillis(1), 0.0, Duration.ofMinutes(5)), base.boundingLookBack(), null, null);
            ArchivePage read = SimulatorFixture.client(impatient, new VirtualTicker())
                    .readWindow("PVArchive", "L1.Power", FROM, TO);
            assertThat(read).isEqualTo(SimulatorFixture.oracle(sim, "L1.Power", FROM, TO));
        }
    }

    @Test
    void wrongCredentialsFailAtOnceNamingServerArchiveTagAndWindowButNotThePassword() {
        try (SimulatorServer sim = SimulatorFixture.start()) {
            SourceSettings good = SimulatorFixture.settings(sim, 100);
            SourceSettings wrong = new SourceSettings(good.name(), good.baseUri(), new Credentials("reports",
                    "wrong-pw".toCharArray()), 100, 1000, 4, good.connectTimeout(), good.readTimeout(), good.retry(),
                    good.boundingLookBack(), null, null);
            VirtualTicker ticker = new VirtualTicker();
            assertThatThrownBy(() -> SimulatorFixture.client(wrong, ticker)
                    .readWindow("PVArchive", "L1.Power", FROM, TO))
                    .isInstanceOf(WinccException.class)
                    .hasMessageContaining("401").hasMessageContaining("server 'sim-test'")
                    .hasMessageContaining("archive 'PVArchive'").hasMessageContaining("tag 'L1.Power'")
                    .hasMessageContaining(FROM.toString()).hasMessageContaining(TO.toString())
                    .hasMessageNotContaining("wrong-pw")
                    .extracting(e -> ((WinccException) e).reason()).isEqualTo(WinccException.Reason.UNAUTHORIZED);
            assertThat(ticker.sleeps()).as("no retry of a 401").isZero();
            assertThat(wrong.toString()).doesNotContain("wrong-pw");
        }
    }

    @Test
    void anUnknownArchiveFailsAtOnceWithItsName() {
        try (SimulatorServer sim = SimulatorFixture.start()) {
            assertThatThrownBy(() -> SimulatorFixture.client(sim, 100).readWindow("NoSuchArchive", "L1.Power", FROM, TO))
                    .isInstanceOf(WinccException.class).hasMessageContaining("404")
                    .hasMessageContaining("archive 'NoSuchArchive'").hasMessageContaining("tag 'L1.Power'")
                    .extracting(e -> ((WinccException) e).reason()).isEqualTo(WinccException.Reason.NOT_FOUND);
        }
    }

    @Test
    void exhaustedRetriesFailNamingTheLastErrorAndTheScope() {
        try (SimulatorServer sim = SimulatorFixture.start(FaultSettings.none().withErrorRate(1.0))) {
            VirtualTicker ticker = new VirtualTicker();
            WinccClient client = SimulatorFixture.client(SimulatorFixture.settings(sim, 100), ticker);
            assertThatThrownBy(() -> client.readWindow("PVArchive", "L1.Power", FROM, TO))
                    .isInstanceOf(WinccException.class).hasMessageContaining("gave up after 8 attempts")
                    .hasMessageContaining("HTTP 500").hasMessageContaining("server 'sim-test'")
                    .hasMessageContaining("tag 'L1.Power'").hasMessageContaining(FROM.toString());
            // the simulator logs a request after closing it, so its log may lag the client: count sleeps
            assertThat(ticker.sleeps()).isEqualTo(7);
            assertThat(sim.requestLog().entries()).allMatch(e -> e.status() == 500);
        }
    }

    @Test
    void totalRetryTimeIsBounded() {
        try (SimulatorServer sim = SimulatorFixture.start(FaultSettings.none().withTooManyRequests(1.0, 30))) {
            SourceSettings base = SimulatorFixture.settings(sim, 100);
            SourceSettings bounded = base.withRetry(new RetrySettings(100, Duration.ofMillis(1), 2.0,
                    Duration.ofMillis(10), 0.0, Duration.ofSeconds(70)));
            VirtualTicker ticker = new VirtualTicker();
            // 30 s Retry-After twice fits into 70 s; a third wait would end after it
            assertThatThrownBy(() -> SimulatorFixture.client(bounded, ticker).readWindow("PVArchive", "L1.Power", FROM, TO))
                    .hasMessageContaining("HTTP 429").hasMessageContaining("gave up after 3 attempts");
            assertThat(ticker.sleptNanos()).isEqualTo(60_000_000_000L);
            assertThat(sim.requestLog().entries()).extracting(RequestLog.Entry::status).containsOnly(429);
        }
    }
}
