package com.winccreports.security;

import static com.winccreports.security.ServeFixture.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.winccreports.schedule.ServeCommand;
import com.winccreports.shiftreport.JobTestHome;
import com.winccreports.system.HomeFolder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whether {@code serve} starts: demo users only with the embedded simulator and no users configured; with a
 * real WinCC source and no users it refuses with one line and exit code 4; a password in place of its hash
 * is refused naming the field.
 */
class ServeStartTest {

    @TempDir
    Path root;

    @Test
    void withARealSourceAndNoUsersServeRefusesWithOneLineAndExitCode4() throws Exception {
        home("wincc-reports.sources.plant: {url: \"http://127.0.0.1:9/WinCCRestService\", user: demo, "
                + "password-env: PATH}\n");

        ChildCli.Result serve = ChildCli.run(root, "serve", "--port", "0");

        assertThat(serve.exitCode()).isEqualTo(4);
        assertThat(serve.errors().lines().filter(line -> line.startsWith("No users configured")))
                .singleElement().satisfies(line -> assertThat(line)
                        .contains("wincc-reports.security.users").contains("hash-password"));
    }

    @Test
    void aPasswordWhereItsHashBelongsIsRefusedNamingTheField() throws Exception {
        home("""
                wincc-reports.sources.plant: {url: "http://127.0.0.1:9/WinCCRestService", user: demo, password-env: PATH}
                wincc-reports.security.users.quality: {password-hash: "quality-pw-1", roles: [QUALITY]}
                """);

        assertThatThrownBy(() -> ServeCommand.start(new HomeFolder(root), 0).close())
                .satisfies(e -> assertThat(SecurityConfigurationException.in(e)).isNotNull()
                        .hasMessageStartingWith("wincc-reports.security.users.quality.password-hash is not a bcrypt hash"));
    }

    @Test
    void withTheEmbeddedSimulatorAndNoUsersTheDemoUsersLogIn() throws Exception {
        home("");

        try (ConfigurableApplicationContext serve = ServeCommand.start(new HomeFolder(root), 0)) {
            int port = ((WebServerApplicationContext) serve).getWebServer().getPort();
            HttpClient client = HttpClient.newHttpClient();

            assertThat(serve.getBean(UserDirectory.class).demo()).isTrue();
            for (String user : UserDirectory.DEMO_USERS.keySet()) {
                HttpResponse<String> me = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/me")).header("Authorization", basic(user, user)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(me.statusCode()).isEqualTo(200);
                assertThat(me.body()).contains("\"roles\":[\"" + user.toUpperCase() + "\"]");
            }
        }
    }

    private void home(String config) throws Exception {
        JobTestHome.copy(Path.of("jobs/schema"), root.resolve("jobs/schema"));
        JobTestHome.copy(Path.of("jobs/sites"), root.resolve("jobs/sites"));
        Files.createDirectories(root.resolve("config"));
        Files.writeString(root.resolve("config/application.yaml"), config + "logging.level.com.winccreports: WARN\n");
    }
}
