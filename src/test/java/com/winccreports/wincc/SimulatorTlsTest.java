package com.winccreports.wincc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.winccreports.simulator.SimulatorOptions;
import com.winccreports.simulator.SimulatorServer;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HTTPS with a pinned certificate against the simulator's self-signed one; a wrong pin fails at once. */
class SimulatorTlsTest {

    private static final Instant FROM = Instant.parse("2026-11-21T06:00:00Z");

    private static WinccSourcesProperties.Source source(SimulatorServer sim, String pin) {
        return new WinccSourcesProperties.Source(sim.baseUri().toString(), "demo", "PW", null, null, null, pin,
                false, null, null, 1000, null, null, null, null, null, null);
    }

    @Test
    void readsOverHttpsTrustingExactlyThePinnedCertificate() throws Exception {
        try (SimulatorServer sim = SimulatorServer.start(SimulatorOptions.defaults().withTls(true))) {
            String pin = HexFormat.ofDelimiter(":").formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sim.certificate().orElseThrow().getEncoded()));
            WinccClient client = new WinccClientFactory(Map.of("PW", "demo"), new VirtualTicker())
                    .create("tls", source(sim, pin));
            assertThat(sim.baseUri().getScheme()).isEqualTo("https");
            assertThat(client.readWindow("PVArchive", "L1.Power", FROM, FROM.plusSeconds(60)).size()).isEqualTo(60);
        }
    }

    @Test
    void aCertificateThatIsNotThePinnedOneFailsWithoutRetries() {
        try (SimulatorServer sim = SimulatorServer.start(SimulatorOptions.defaults().withTls(true))) {
            VirtualTicker ticker = new VirtualTicker();
            WinccClient client = new WinccClientFactory(Map.of("PW", "demo"), ticker)
                    .create("tls", source(sim, "00".repeat(32)));
            assertThatThrownBy(() -> client.readWindow("PVArchive", "L1.Power", FROM, FROM.plusSeconds(60)))
                    .isInstanceOf(WinccException.class).hasMessageContaining("TLS handshake failed")
                    .hasMessageContaining("server 'tls'");
            assertThat(ticker.sleeps()).isZero();
        }
    }
}
