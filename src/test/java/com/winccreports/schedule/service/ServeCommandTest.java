package com.winccreports.schedule.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.schedule.ScheduleLedger;
import com.winccreports.schedule.ServeCommand;
import com.winccreports.system.HomeFolder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code serve} on a home folder with the demo job: health over HTTP, schedules in Quartz's tables, a restart. */
class ServeCommandTest {

    @TempDir
    Path home;

    @Test
    void theServiceRegistersEachScheduledJobReportsHealthAndStartsAgainOnTheSameDatabase() throws Exception {
        copyDemoDefinitions();

        try (ConfigurableApplicationContext service = ServeCommand.start(new HomeFolder(home), 0)) {
            Scheduler scheduler = service.getBean(Scheduler.class);
            assertThat(scheduler.isStarted()).isTrue();
            assertThat(scheduler.checkExists(ScheduleService.wakeKey("shift-report"))).isTrue();
            assertThat(scheduler.getTriggersOfJob(ScheduleService.wakeKey("shift-report"))).hasSize(1);
            assertThat(scheduler.checkExists(new TriggerKey("housekeeping", ScheduleService.GROUP))).isTrue();
            assertThat(health(service)).contains("\"status\":\"UP\"");
        }

        try (ConfigurableApplicationContext again = ServeCommand.start(new HomeFolder(home), 0)) {
            assertThat(again.getBean(Scheduler.class).getJobKeys(
                    org.quartz.impl.matchers.GroupMatcher.jobGroupEquals(ScheduleService.GROUP))).hasSize(2);
            assertThat(again.getBean(ScheduleLedger.class).recent("shift-report", 5)).isEmpty();
        }
        assertThat(home.resolve("data")).isDirectoryContaining(p -> p.getFileName().toString().endsWith(".mv.db"));
    }

    private static String health(ConfigurableApplicationContext service) throws Exception {
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private void copyDemoDefinitions() throws IOException {
        Path source = Path.of("jobs");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = home.resolve("jobs").resolve(source.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
