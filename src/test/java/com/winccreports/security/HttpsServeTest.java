package com.winccreports.security;

import static com.winccreports.security.ServeFixture.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} on HTTPS with a keystore made as docs/operations.md says ({@code keytool -genkeypair}) and
 * configured by {@code server.ssl.*}: a client trusting that certificate gets health and its API over TLS
 * (with HSTS), and plain HTTP on the port gets nothing.
 */
class HttpsServeTest {

    @TempDir
    Path root;

    @Test
    void serveAnswersOverHttpsWithTheConfiguredKeystore() throws Exception {
        Path keystore = root.resolve("tls.p12");
        keytool("-genkeypair", "-alias", "wincc-reports", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "825",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit-123");
        String ssl = """
                server.ssl:
                  enabled: true
                  key-store: "file:%s"
                  key-store-type: PKCS12
                  key-store-password: changeit-123
                  key-alias: wincc-reports
                """.formatted(keystore);

        try (ServeFixture serve = new ServeFixture(root, Map.of("operator", "operator-pw-1"), ssl)) {
            serve.start();
            HttpClient client = HttpClient.newBuilder().sslContext(trusting(keystore)).build();
            String base = "https://localhost:" + serve.port();

            HttpResponse<String> health = client.send(get(base + "/actuator/health", null), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> me = client.send(get(base + "/api/me", basic("operator", "operator-pw-1")),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.headers().firstValue("Strict-Transport-Security")).isPresent();
            assertThat(HttpClient.newHttpClient().send(get("http://127.0.0.1:" + serve.port() + "/actuator/health", null),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).as("plain HTTP gets a TLS refusal").isEqualTo(400);
        }
    }

    private static HttpRequest get(String uri, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, "changeit-123".toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
