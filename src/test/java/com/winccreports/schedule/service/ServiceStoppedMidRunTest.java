package com.winccreports.schedule.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.simulator.FaultSettings;
import com.winccreports.simulator.SimulatorOptions;
import com.winccreports.simulator.SimulatorServer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The service is stopped as systemd stops it (SIGTERM) while an on-demand run reads its period: the run is
 * finished first and published, then the process ends (docs/web.md, "A run in progress is finished first").
 * With the product's own database settings: H2 closed the database in its JVM shutdown hook while the service
 * still waited for its runs, and such a run stayed STARTED forever, unrestartable from the page.
 */
class ServiceStoppedMidRunTest {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir
    Path root;

    @Test
    void aRunInProgressIsFinishedAndPublishedBeforeTheStoppedServiceEnds() throws Exception {
        Path home = root.resolve("home");
        ServiceProcess.prepareHome(home, ServiceTestHome.JOB, ServiceTestHome.SMALL_JOB);
        // the product's database url, as a plant runs it (not a test's own)
        String database = "jdbc:h2:file:" + home.resolve("data/wincc-reports") + ";AUTO_SERVER=TRUE";
        int port = freePort();

        try (SimulatorServer slow = SimulatorServer.start(SimulatorOptions.defaults().withPort(0)
                .withBindAddress("127.0.0.1").withFaults(FaultSettings.none().withLatency(50, 0)))) {
            ServiceProcess.configure(home, """
                    wincc-reports:
                      sources:
                        embedded: {url: "%s", user: demo, password-file: "%s", page-size: 500}
                      security.users.quality: {password-hash: "%s", roles: [QUALITY]}
                    logging.level.com.winccreports: INFO
                    """.formatted(slow.baseUri(), home.resolve("wincc-password"),
                    new BCryptPasswordEncoder(4).encode("quality-pw-1")));
            try (ServiceProcess service = ServiceProcess.serve(home, root.resolve("serve.log"), port)) {
                ServiceDatabase.awaitOrFail(service, PATIENCE, () -> requestRun(port) == 202);
                ServiceDatabase.awaitOrFail(service, PATIENCE, () -> ServiceDatabase.executionStatuses(database)
                        .contains("STARTED") && ServiceDatabase.completedSteps(database) >= 1);

                int exit = service.stop(PATIENCE);

                assertThat(exit).as("ended by itself, not killed after %s: %s", PATIENCE, service.logTail())
                        .isEqualTo(0);
                assertThat(service.logContains("SIGTERM: finishing the runs in progress")).as(service.logTail()).isTrue();
                assertThat(service.logContains("Database is already closed")).as(service.logTail()).isFalse();
            }
        }
        assertThat(ServiceDatabase.executionStatuses(database)).containsExactly("COMPLETED");
        assertThat(home.resolve("output/" + ServiceTestHome.JOB + "/2026-11-24/v1/manifest.json")).isRegularFile();
    }

    /** Asks for the day through the API; the status code, or -1 while the service does not answer yet. */
    private static int requestRun(int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/runs"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "quality:quality-pw-1".getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"job\":\"" + ServiceTestHome.JOB + "\",\"day\":\"2026-11-24\"}"))
                    .timeout(Duration.ofSeconds(30)).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
