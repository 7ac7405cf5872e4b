package com.winccreports.security;

import com.winccreports.WinccReportsApplication;
import com.winccreports.schedule.MutableClock;
import com.winccreports.shiftreport.JobTestHome;
import com.winccreports.shiftreport.TestDatabase;
import com.winccreports.simulator.SimulatorOptions;
import com.winccreports.simulator.SimulatorServer;
import com.winccreports.system.HomeFolder;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A home folder with one user per role (bcrypt hashes in {@code config/application.yaml}), a WinCC source
 * (the simulator over HTTP, so a real source as far as the service can tell) and the {@code serve} context on
 * a free port, on a clock the test moves; plus an HTTP client that speaks to it.
 */
final class ServeFixture implements AutoCloseable {

    /** User name to password; each user has the role of its name (OPERATOR for other names). */
    static final Map<String, String> PASSWORDS = Map.of("operator", "operator-pw-1", "quality", "quality-pw-1",
            "auditor", "auditor-pw-1", "admin", "admin-pw-1");

    /** The lowest cost: tests log in often. */
    private static final BCryptPasswordEncoder CHEAP = new BCryptPasswordEncoder(4);

    final HomeFolder home;
    /** A kept password keeps its hash across rewrites, as in a plant's file (a new hash revokes tokens). */
    private final Map<String, String> hashes = new java.util.HashMap<>();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T06:00:00Z"));
    private final SimulatorServer simulator;
    private ConfigurableApplicationContext context;

    ServeFixture(Path root, Map<String, String> users, String moreConfig) throws IOException {
        home = new HomeFolder(root);
        JobTestHome.copy(Path.of("jobs/schema"), home.jobs().resolve("schema"));
        JobTestHome.copy(Path.of("jobs/sites"), home.jobs().resolve("sites"));
        Files.createDirectories(home.config());
        Files.writeString(home.config().resolve("wincc-password"), "demo\n");
        simulator = SimulatorServer.start(SimulatorOptions.defaults().withPort(0).withBindAddress("127.0.0.1"));
        writeConfig(users, moreConfig);
    }

    /** Rewrites {@code config/application.yaml} with {@code users} (name to password); used at the next start. */
    void writeConfig(Map<String, String> users, String moreConfig) throws IOException {
        StringBuilder yaml = new StringBuilder("""
                wincc-reports.sources.plant: {url: "%s", user: demo, password-file: "%s"}
                logging.level.com.winccreports: WARN
                wincc-reports.security.users:
                """.formatted(simulator.baseUri(), home.config().resolve("wincc-password")));
        users.forEach((name, password) -> yaml.append("  ").append(name).append(": {password-hash: \"")
                .append(hashes.computeIfAbsent(name + ":" + password, k -> CHEAP.encode(password))).append("\", roles: [").append(role(name)).append("]}\n"));
        yaml.append(moreConfig);
        Files.writeString(home.config().resolve("application.yaml"), yaml);
    }

    private static String role(String name) {
        return java.util.Arrays.stream(Role.values()).map(Role::name).filter(name.toUpperCase()::equals).findFirst()
                .orElse(Role.OPERATOR.name());
    }

    /** Starts {@code serve} as the command does, with the fixture's clock. */
    ServeFixture start() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("wincc-reports.home", home.root().toString());
        properties.put("spring.config.additional-location", "optional:file:" + home.config() + "/");
        properties.put("wincc-reports.schedule.enabled", "true");
        properties.put("wincc-reports.port", "0");
        Map<String, Object> database = TestDatabase.postgres() ? TestDatabase.datasource(home) : Map.of();
        context = new SpringApplicationBuilder(WinccReportsApplication.class).web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF).properties(properties)
                .initializers(c -> c.getBeanFactory().registerSingleton("testClock", clock))
                .run(TestDatabase.overridingArguments(database));
        return this;
    }

    void stop() {
        context.close();
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** A client that keeps cookies (a browser's session) and never follows redirects. */
    static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    }

    HttpResponse<String> send(HttpClient client, String method, String path, String authorization, String form)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        request.method(method, form == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(form));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
        simulator.close();
    }
}
