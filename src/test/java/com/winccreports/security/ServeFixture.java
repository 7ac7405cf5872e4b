package com.winccreports.security;

import com.winccreports.WinccReportsApplication;
import com.winccreports.publication.TestKeystores;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A home folder with one user per role (bcrypt hashes in {@code config/application.yaml}), a WinCC source
 * (the simulator over HTTP, so a real source as far as the service can tell) and the {@code serve} context on
 * a free port, on a clock the test moves; plus an HTTP client that speaks to it.
 */
public final class ServeFixture implements AutoCloseable {

    /** User name to password; each user has the role of its name (OPERATOR for other names). */
    public static final Map<String, String> PASSWORDS = Map.of("operator", "operator-pw-1", "quality", "quality-pw-1",
            "auditor", "auditor-pw-1", "admin", "admin-pw-1");

    /** The lowest cost: tests log in often. */
    private static final BCryptPasswordEncoder CHEAP = new BCryptPasswordEncoder(4);

    public final HomeFolder home;
    /** A kept password keeps its hash across rewrites, as in a plant's file (a new hash revokes tokens). */
    private final Map<String, String> hashes = new java.util.HashMap<>();
    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T06:00:00Z"));
    private final SimulatorServer simulator;
    private final java.util.List<ApplicationContextInitializer<ConfigurableApplicationContext>> initializers =
            new java.util.ArrayList<>();
    private ConfigurableApplicationContext context;

    public ServeFixture(Path root, Map<String, String> users, String moreConfig) throws IOException {
        this(root, users, moreConfig, SimulatorOptions.defaults());
    }

    /** As above, with the simulator started with {@code simulatorOptions} (faults, latency). */
    public ServeFixture(Path root, Map<String, String> users, String moreConfig, SimulatorOptions simulatorOptions)
            throws IOException {
        home = new HomeFolder(root);
        JobTestHome.copy(Path.of("jobs/schema"), home.jobs().resolve("schema"));
        JobTestHome.copy(Path.of("jobs/sites"), home.jobs().resolve("sites"));
        JobTestHome.copy(Path.of("report-templates"), home.root().resolve("report-templates"));
        Files.createDirectories(home.config());
        Files.writeString(home.config().resolve("wincc-password"), "demo\n");
        signingKeystore();
        simulator = SimulatorServer.start(simulatorOptions.withPort(0).withBindAddress("127.0.0.1"));
        writeConfig(users, moreConfig);
    }

    private static final String SIGNING_KEYSTORE = "package-signing-test.p12";
    private static final String SIGNING_PASSWORD = "package-signing-test.password";

    /**
     * A plant's signing keystore, its certificate valid a year back: the demo key the service would make itself is
     * valid from yesterday on the wall clock, so a package made on the fixture's earlier clock would fail
     * verification (made before its certificate).
     */
    private void signingKeystore() throws IOException {
        try {
            TestKeystores.ed25519Keystore(home.config().resolve(SIGNING_KEYSTORE), "package-signing", "test-pw-1");
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot make the test signing keystore", e);
        }
        Files.writeString(home.config().resolve(SIGNING_PASSWORD), "test-pw-1\n");
    }

    /** Writes {@code jobs/<name>.yaml}; read by the next start. */
    public ServeFixture withJob(String name, String yaml) throws IOException {
        Files.writeString(home.jobs().resolve(name + ".yaml"), yaml);
        return this;
    }

    /** Runs {@code initializer} on the context before it starts (a test's own beans). */
    public ServeFixture withInitializer(ApplicationContextInitializer<ConfigurableApplicationContext> initializer) {
        initializers.add(initializer);
        return this;
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
    public ServeFixture start() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("wincc-reports.home", home.root().toString());
        properties.put("spring.config.additional-location", "optional:file:" + home.config() + "/");
        properties.put("wincc-reports.schedule.enabled", "true");
        properties.put("wincc-reports.port", "0");
        properties.put("wincc-reports.packages.signing.keystore", home.config().resolve(SIGNING_KEYSTORE).toString());
        properties.put("wincc-reports.packages.signing.password-file", home.config().resolve(SIGNING_PASSWORD)
                .toString());
        Map<String, Object> database = TestDatabase.postgres() ? TestDatabase.datasource(home) : Map.of();
        context = new SpringApplicationBuilder(WinccReportsApplication.class).web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF).properties(properties)
                .initializers(c -> c.getBeanFactory().registerSingleton("testClock", clock))
                .initializers(initializers.toArray(ApplicationContextInitializer[]::new))
                .run(TestDatabase.overridingArguments(database));
        return this;
    }

    void stop() {
        context.close();
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** A client that keeps cookies (a browser's session) and never follows redirects. */
    public static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The CSRF token of the login form, as a browser gets it with the page (and its session cookie). */
    public String csrfOfLoginPage(HttpClient browser) throws IOException, InterruptedException {
        HttpResponse<String> page = send(browser, "GET", "/login", null, null);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        if (page.statusCode() != 200 || !csrf.find()) {
            throw new IllegalStateException("the login page (" + page.statusCode() + ") carries no CSRF token");
        }
        return csrf.group(1);
    }

    /** A browser-like client logged in as {@code user} (of {@link #PASSWORDS}) through the form. */
    public HttpClient logIn(String user) throws IOException, InterruptedException {
        HttpClient browser = browser();
        String csrf = csrfOfLoginPage(browser);
        HttpResponse<String> login = send(browser, "POST", "/login", null,
                "username=" + user + "&password=" + PASSWORDS.get(user) + "&_csrf=" + csrf);
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(user + " could not log in: " + login.statusCode() + " " + location);
        }
        return browser;
    }

    /** Sends a JSON body ({@code null}: none) with an {@code Authorization} header ({@code null}: none). */
    public HttpResponse<String> sendJson(HttpClient client, String method, String path, String authorization,
            String json) throws IOException, InterruptedException {
        return send(client, method, path, authorization, "application/json", json);
    }

    /** Sends a form body ({@code null}: none) with an {@code Authorization} header ({@code null}: none). */
    public HttpResponse<String> send(HttpClient client, String method, String path, String authorization, String form)
            throws IOException, InterruptedException {
        return send(client, method, path, authorization, "application/x-www-form-urlencoded", form);
    }

    private HttpResponse<String> send(HttpClient client, String method, String path, String authorization,
            String contentType, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static String basic(String user, String password) {
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
