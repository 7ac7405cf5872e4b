package com.winccreports.schedule.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.schedule.ServeCommand;
import com.winccreports.shiftreport.JobTestHome;
import com.winccreports.simulator.SimulatorOptions;
import com.winccreports.simulator.SimulatorServer;
import com.winccreports.system.HomeFolder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code serve}: Quartz started with each scheduled job and housekeeping registered, health over HTTP. */
class ServeCommandTest {

    @TempDir
    Path root;

    @Test
    void theServiceStartsQuartzWithEveryScheduledJobAndReportsHealth() throws Exception {
        JobTestHome.copy(Path.of("jobs/schema"), root.resolve("jobs/schema"));
        JobTestHome.copy(Path.of("jobs/sites"), root.resolve("jobs/sites"));
        Files.writeString(root.resolve("jobs/shift-report.yaml"), ServiceTestHome.SMALL_SCHEDULED_JOB);
        Files.writeString(root.resolve("wincc-password"), "demo\n");
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorOptions.defaults().withPort(0))) {
            Files.createDirectories(root.resolve("config"));
            Files.writeString(root.resolve("config/application.yaml"), """
                    wincc-reports.sources.embedded: {url: "%s", user: demo, password-file: "%s"}
                    wincc-reports.security.users.admin: {password-hash: "$2a$10$SLjHgQW7Tva7rBNBPclNserW.h3W0ElDEaP8xWv./fnam1WkhnjOy", roles: [ADMIN]}
                    logging.level.com.winccreports: WARN
                    """.formatted(simulator.baseUri(), root.resolve("wincc-password")));

            try (ConfigurableApplicationContext service = ServeCommand.start(new HomeFolder(root), 0)) {
                Scheduler quartz = service.getBean(Scheduler.class);

                assertThat(quartz.isStarted()).isTrue();
                assertThat(quartz.checkExists(ScheduleService.wakeKey("shift-report"))).isTrue();
                assertThat(quartz.checkExists(new TriggerKey("housekeeping", ScheduleService.GROUP))).isTrue();
                assertThat(health(service)).contains("\"status\":\"UP\"");
            }
        }
    }

    private static String health(ConfigurableApplicationContext service) throws Exception {
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
