package com.winccreports.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/** Each injected fault, and that a seeded run is reproducible. */
class FaultInjectionHttpTest {

    private static final String QUERY = "?timeFrom=2026-11-20T10:00:00Z&timeTo=2026-11-20T10:16:39Z";

    @Test
    void errorRateAnswers500() {
        try (SimulatorServer sim = start(FaultSettings.none().withErrorRate(1))) {
            HttpResponse<byte[]> r = request(sim);
            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(SimulatorHttp.JSON.readTree(r.body()).get("message").asString()).contains("injected");
        }
    }

    @Test
    void tooManyRequestsCarriesRetryAfter() {
        try (SimulatorServer sim = start(FaultSettings.none().withTooManyRequests(1, 7))) {
            HttpResponse<byte[]> r = request(sim);
            assertThat(r.statusCode()).isEqualTo(429);
            assertThat(r.headers().firstValue("Retry-After")).hasValue("7");
        }
    }

    @Test
    void lockedAnswers423() {
        try (SimulatorServer sim = start(FaultSettings.none().withLockedRate(1))) {
            assertThat(request(sim).statusCode()).isEqualTo(423);
        }
    }

    @Test
    void aResetConnectionEndsTheBodyEarly() {
        try (SimulatorServer sim = start(FaultSettings.none().withResetRate(1))) {
            assertThatThrownBy(() -> request(sim)).isInstanceOf(UncheckedIOException.class);
            assertThat(sim.requestLog().entries().get(0).fault()).isEqualTo("reset");
        }
    }

    @Test
    void aTruncatedBodyIsNotValidJson() {
        try (SimulatorServer sim = start(FaultSettings.none().withTruncateRate(1))) {
            HttpResponse<byte[]> r = request(sim);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body().length).isGreaterThan(10);
            assertThatThrownBy(() -> SimulatorHttp.JSON.readTree(r.body())).isInstanceOf(JacksonException.class);
        }
    }

    @Test
    void latencyDelaysEveryAnswerByAtLeastTheFixedPart() {
        try (SimulatorServer sim = start(FaultSettings.none().withLatency(40, 20))) {
            for (int i = 0; i < 3; i++) {
                assertThat(request(sim).statusCode()).isEqualTo(200);
            }
            assertThat(sim.requestLog().entries()).allSatisfy(e ->
                    assertThat(e.endNanos() - e.startNanos()).isGreaterThanOrEqualTo(40_000_000L));
        }
    }

    @Test
    void anOutageDropsTheNextRequestRefusesConnectionsForItsLengthThenServesOnTheSamePort() {
        Duration length = Duration.ofSeconds(2);
        try (SimulatorServer sim = start(FaultSettings.none().withOutage(2, length))) {
            assertThat(request(sim).statusCode()).isEqualTo(200);
            assertThat(request(sim).statusCode()).isEqualTo(200);
            long began = System.nanoTime();

            assertThatThrownBy(() -> request(sim)).isInstanceOf(UncheckedIOException.class);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThatThrownBy(() -> request(sim))
                    .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(java.net.ConnectException.class));
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                    .ignoreExceptions().until(() -> request(sim).statusCode() == 200);

            assertThat(Duration.ofNanos(System.nanoTime() - began)).isGreaterThanOrEqualTo(length);
            assertThat(sim.requestLog().entries()).extracting(RequestLog.Entry::fault).contains("outage");
        }
    }

    @Test
    void aSeededRunInjectsTheSameFaultsEveryTime() {
        FaultSettings mix = new FaultSettings(42, 0, 0, 0.15, 0.15, 1, 0.1, 0, 0.1);
        List<String> first = faults(mix);
        assertThat(first).contains("error", "too_many_requests", "locked", "truncate", "none");
        assertThat(faults(mix)).isEqualTo(first);
        assertThat(faults(mix.withSeed(43))).isNotEqualTo(first);
    }

    private static List<String> faults(FaultSettings settings) {
        List<String> seen = new ArrayList<>();
        try (SimulatorServer sim = start(settings)) {
            for (int i = 0; i < 40; i++) {
                request(sim);
            }
            sim.requestLog().entries().forEach(e -> seen.add(e.fault() + ":" + e.status()));
        }
        return seen.stream().map(s -> s.substring(0, s.indexOf(':'))).toList();
    }

    private static SimulatorServer start(FaultSettings faults) {
        return SimulatorServer.start(SimulatorOptions.defaults().withFaults(faults));
    }

    private static HttpResponse<byte[]> request(SimulatorServer sim) {
        return new SimulatorHttp(sim.baseUri()).archiveValues("PVArchive", QUERY, "L1.Temperature", "L2.Speed");
    }
}
