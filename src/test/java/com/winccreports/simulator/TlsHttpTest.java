package com.winccreports.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/** HTTPS with the certificate generated at start. */
class TlsHttpTest {

    @Test
    void servesHttpsToAClientThatTrustsTheGeneratedCertificate() throws Exception {
        try (SimulatorServer sim = SimulatorServer.start(SimulatorOptions.defaults().withTls(true))) {
            assertThat(sim.baseUri().getScheme()).isEqualTo("https");
            assertThat(sim.certificatePem()).hasValueSatisfying(pem -> assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----"));
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("simulator", sim.certificate().orElseThrow());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            HttpClient trusting = HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(10)).build();
            var r = new SimulatorHttp(sim.baseUri(), "demo", "demo", trusting).get("/tagLogging/Archives");
            assertThat(r.statusCode()).isEqualTo(200);
            HttpClient defaultTrust = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            assertThatThrownBy(() -> new SimulatorHttp(sim.baseUri(), "demo", "demo", defaultTrust).get("/tagLogging/Archives"))
                    .hasRootCauseInstanceOf(java.security.cert.CertPathBuilderException.class);
        }
    }
}
