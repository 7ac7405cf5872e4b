package com.winccreports.security;

import static com.winccreports.security.ServeFixture.basic;
import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.audit.AuditActions;
import com.winccreports.audit.AuditEntry;
import com.winccreports.audit.AuditTrail;
import com.winccreports.web.WebTestJobs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code serve} context's front door over real HTTP: the access matrix (every endpoint that exists × every
 * role, by HTTP Basic and by bearer token), form login with and without CSRF, tokens issued, used and expired,
 * and a user locked after failed logins — each login, failure, lock and token an audit row.
 */
class ServeAccessTest {

    /** Who calls: nobody, or a user of one role. */
    enum Caller { ANONYMOUS, OPERATOR, QUALITY, AUDITOR, ADMIN }

    /**
     * One endpoint and the status each caller gets; the API phase adds its endpoints here.
     *
     * @param expected status per caller, in {@link Caller} order
     */
    record Endpoint(String method, String path, String body, int... expected) {

        Endpoint(String method, String path, int... expected) {
            this(method, path, null, expected);
        }
    }

    static final String JOB = "/api/jobs/" + WebTestJobs.NAME;
    static final String VERSION = "/" + WebTestJobs.NAME + "/2026-11-23/v1";
    /** An export of the audit trail that was never made: whoever may see it gets 404, anyone else 403. */
    static final String AUDIT_EXPORT = "/audit-trail/all/v999";

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/actuator/health", 200, 200, 200, 200, 200),
            new Endpoint("GET", "/actuator/health/liveness", 200, 200, 200, 200, 200),
            new Endpoint("GET", "/actuator/info", 401, 403, 403, 403, 200),
            new Endpoint("GET", "/actuator/metrics", 401, 403, 403, 403, 200),
            new Endpoint("GET", "/actuator/metrics/jvm.memory.used", 401, 403, 403, 403, 200),
            new Endpoint("GET", "/api/me", 401, 200, 200, 200, 200),
            new Endpoint("POST", "/api/tokens", 401, 200, 200, 200, 200),
            new Endpoint("GET", "/api/no-such-endpoint", 401, 404, 404, 404, 404),
            new Endpoint("GET", "/api/openapi", 401, 200, 200, 200, 200),
            new Endpoint("GET", "/api/jobs", 401, 200, 200, 200, 200),
            new Endpoint("GET", JOB, 401, 200, 200, 200, 200),
            new Endpoint("GET", JOB + "/batches?day=2026-11-24", 401, 403, 200, 403, 403),
            // an unknown job: the caller's rights are checked before the request is (and nothing runs)
            new Endpoint("POST", "/api/runs", "{\"job\":\"no-such-job\",\"day\":\"2026-11-24\"}",
                    401, 403, 400, 403, 403),
            new Endpoint("GET", "/api/runs", 401, 200, 200, 200, 200),
            new Endpoint("GET", "/api/runs/no-such-run", 401, 404, 404, 404, 404),
            new Endpoint("GET", "/api/executions", 401, 200, 200, 200, 200),
            new Endpoint("GET", "/api/publications", 401, 200, 200, 200, 200),
            new Endpoint("GET", "/api/publications" + VERSION, 401, 404, 404, 404, 404),
            new Endpoint("POST", "/api/publications" + VERSION + "/verification", 401, 403, 403, 404, 403),
            new Endpoint("GET", "/api/files" + VERSION + "/report.pdf", 401, 404, 404, 404, 404),
            new Endpoint("GET", "/api/packages" + VERSION, 401, 404, 404, 404, 404),
            // the audit trail's exports are downloaded by auditors only
            new Endpoint("GET", "/api/files" + AUDIT_EXPORT + "/audit-trail.csv", 401, 403, 403, 404, 403),
            new Endpoint("GET", "/api/packages" + AUDIT_EXPORT, 401, 403, 403, 404, 403),
            new Endpoint("GET", "/api/schedules", 401, 200, 200, 200, 200),
            new Endpoint("GET", "/api/schedules/" + WebTestJobs.NAME, 401, 200, 200, 200, 200),
            new Endpoint("PUT", "/api/schedules/no-such-job/pause", 401, 403, 403, 403, 404),
            new Endpoint("DELETE", "/api/schedules/no-such-job/pause", 401, 403, 403, 403, 404),
            new Endpoint("GET", "/api/audit", 401, 403, 403, 200, 403),
            new Endpoint("POST", "/api/audit/verification", 401, 403, 403, 200, 403),
            new Endpoint("POST", "/api/audit/exports?from=2026-11-24", 401, 403, 403, 201, 403),
            new Endpoint("GET", "/api/users", 401, 403, 403, 403, 200));

    /** The page's endpoints after a form login (anonymous: sent to the login page). */
    static final List<Endpoint> PAGES = List.of(
            new Endpoint("GET", "/", 302, 200, 200, 200, 200),
            new Endpoint("GET", "/runs/table", 302, 200, 200, 200, 200),
            new Endpoint("GET", "/runs/no-such-run", 302, 404, 404, 404, 404),
            new Endpoint("GET", "/request", 302, 403, 200, 403, 403),
            new Endpoint("GET", "/files", 302, 200, 200, 200, 200),
            new Endpoint("GET", "/files" + VERSION, 302, 404, 404, 404, 404),
            new Endpoint("GET", "/files" + VERSION + "/report.pdf", 302, 404, 404, 404, 404),
            new Endpoint("GET", "/packages" + VERSION, 302, 404, 404, 404, 404),
            new Endpoint("GET", "/files" + AUDIT_EXPORT + "/audit-trail.csv", 302, 403, 403, 404, 403),
            new Endpoint("GET", "/packages" + AUDIT_EXPORT, 302, 403, 403, 404, 403),
            new Endpoint("GET", "/verify", 302, 403, 403, 200, 403),
            new Endpoint("GET", "/schedules", 302, 200, 200, 200, 200),
            new Endpoint("GET", "/audit", 302, 403, 403, 200, 403),
            // the forms, posted with the session's CSRF token; nothing in them can change anything that exists
            new Endpoint("POST", "/request", "job=no-such-job&kind=day&day=2026-11-24&lines=L1", 302, 403, 400, 403, 403),
            new Endpoint("POST", "/verify", "version=" + VERSION.substring(1), 302, 403, 403, 200, 403),
            new Endpoint("POST", "/schedules/no-such-job/pause", "reason=test", 302, 403, 403, 403, 404),
            new Endpoint("POST", "/schedules/no-such-job/resume", "", 302, 403, 403, 403, 404),
            new Endpoint("POST", "/audit/verify", "", 302, 403, 403, 200, 403),
            new Endpoint("POST", "/audit/export", "from=2026-11-24", 302, 403, 403, 200, 403),
            new Endpoint("GET", "/login", 200, 200, 200, 200, 200),
            new Endpoint("GET", "/css/app.css", 200, 200, 200, 200, 200));

    @TempDir
    static Path root;

    static ServeFixture serve;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> users = new HashMap<>(ServeFixture.PASSWORDS);
        users.put("shift-lead", "shift-lead-pw-1");     // locked out below, so the others stay usable
        serve = new ServeFixture(root, users, """
                wincc-reports.security.lockout.address: {max-failures: 1000}
                management.endpoint.health.probes.enabled: true
                """).withJob(WebTestJobs.NAME, WebTestJobs.YAML).start();
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    static Stream<Arguments> matrix() {
        return cases(ENDPOINTS);
    }

    static Stream<Arguments> pages() {
        return cases(PAGES);
    }

    private static Stream<Arguments> cases(List<Endpoint> endpoints) {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (Caller caller : Caller.values()) {
                cases.add(Arguments.of(endpoint, caller, endpoint.expected()[caller.ordinal()]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void everyEndpointAnswersEveryRoleByHttpBasic(Endpoint endpoint, Caller caller, int expected) throws Exception {
        String authorization = caller == Caller.ANONYMOUS ? null
                : basic(user(caller), ServeFixture.PASSWORDS.get(user(caller)));

        assertThat(statusOf(endpoint, authorization)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void everyEndpointAnswersEveryRoleByBearerToken(Endpoint endpoint, Caller caller, int expected)
            throws Exception {
        if (endpoint.path().equals("/api/tokens") && caller != Caller.ANONYMOUS) {
            expected = 403;                        // a token does not buy a token: Basic only
        }
        String authorization = caller == Caller.ANONYMOUS ? null : "Bearer " + token(user(caller));

        assertThat(statusOf(endpoint, authorization)).isEqualTo(expected);
    }

    /** The status; a refusal (401, 403) of the API is a problem a person can act on, as every error of it. */
    private static int statusOf(Endpoint endpoint, String authorization) throws Exception {
        HttpResponse<String> answer = serve.sendJson(CLIENT, endpoint.method(), endpoint.path(), authorization,
                endpoint.body());
        if ((answer.statusCode() == 401 || answer.statusCode() == 403) && endpoint.path().startsWith("/api/")) {
            assertThat(answer.headers().firstValue("Content-Type")).as(endpoint.path())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.body()).as(endpoint.path()).contains("\"status\":" + answer.statusCode())
                    .containsPattern("\"detail\":\"[A-Z][^\"]{20,}");
        }
        return answer.statusCode();
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("pages")
    void everyPageAnswersEveryRoleAfterAFormLogin(Endpoint page, Caller caller, int expected) throws Exception {
        HttpClient browser = caller == Caller.ANONYMOUS ? ServeFixture.browser() : loggedIn(user(caller));

        String form = page.body() == null ? null : page.body() + "&_csrf=" + csrfOfLoginPage(browser);

        HttpResponse<String> answer = serve.send(browser, page.method(), page.path(), null, form);

        assertThat(answer.statusCode()).isEqualTo(expected);
        if (expected == 302) {
            assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void thePagesFollowTheBrowsersLanguageUntilOneIsChosen() throws Exception {
        HttpResponse<String> german = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serve.port()
                + "/login")).header("Accept-Language", "fr-FR,de;q=0.8,en;q=0.5").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> chosen = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serve.port()
                + "/login?lang=en")).header("Accept-Language", "de-DE").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> other = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serve.port()
                + "/login")).header("Accept-Language", "fr-FR").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(german.body()).contains("Benutzername");
        assertThat(chosen.body()).doesNotContain("Benutzername").contains("User name");
        assertThat(other.body()).as("neither German nor English: English").contains("User name");
    }

    @Test
    void aPageFormPostWithoutTheCsrfTokenIsRefusedEvenForItsRole() throws Exception {
        HttpClient browser = loggedIn("quality");

        HttpResponse<String> forged = serve.send(browser, "POST", "/request", null,
                "job=" + WebTestJobs.NAME + "&kind=day&day=2026-11-24&lines=L1&formats=xlsx&formats=pdf");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(newest(AuditActions.RUN_REQUEST)).as("nothing was requested").isEmpty();
    }

    private static final Map<String, HttpClient> SESSIONS = new LinkedHashMap<>();

    /** A browser-like client logged in through the form (with the CSRF token), one per user. */
    private static HttpClient loggedIn(String user) throws Exception {
        if (!SESSIONS.containsKey(user)) {
            SESSIONS.put(user, serve.logIn(user));
        }
        return SESSIONS.get(user);
    }

    @Test
    void aFormLoginWithoutTheCsrfTokenIsRefusedAndWithItLogsIn() throws Exception {
        HttpClient browser = ServeFixture.browser();
        String csrf = csrfOfLoginPage(browser);

        HttpResponse<String> forged = serve.send(browser, "POST", "/login", null,
                "username=auditor&password=auditor-pw-1");
        HttpResponse<String> login = serve.send(browser, "POST", "/login", null,
                "username=auditor&password=auditor-pw-1&_csrf=" + csrf);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(login.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c)
                .contains("JSESSIONID").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(newest(AuditActions.LOGIN)).extracting(AuditEntry::actor).contains("auditor");
    }

    @Test
    void aPageNeedsALoginAndAWrongPasswordOnTheFormIsAnError() throws Exception {
        HttpClient browser = ServeFixture.browser();
        HttpResponse<String> page = serve.send(browser, "GET", "/", null, null);
        String csrf = csrfOfLoginPage(browser);

        HttpResponse<String> wrong = serve.send(browser, "POST", "/login", null,
                "username=quality&password=wrong&_csrf=" + csrf);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(newest(AuditActions.LOGIN_FAILED)).anySatisfy(row -> {
            assertThat(row.actor()).isEqualTo("quality");
            assertThat(row.details()).contains("\"method\":\"form\"").contains("\"address\":\"127.0.0.1\"");
        });
    }

    @Test
    void httpBasicOnAnApiPathNamesTheUserAndWhatItMayDo() throws Exception {
        HttpResponse<String> me = serve.send(CLIENT, "GET", "/api/me", basic("quality", "quality-pw-1"), null);
        HttpResponse<String> wrong = serve.send(CLIENT, "GET", "/api/me", basic("quality", "nope"), null);

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"user\":\"quality\"").contains("\"roles\":[\"QUALITY\"]")
                .contains("reports.request").doesNotContain("audit.read");
        assertThat(wrong.statusCode()).isEqualTo(401);
        // no Basic challenge: a browser must not learn and replay a Basic login (that would need CSRF protection)
        assertThat(wrong.headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"wincc-reports\"");
    }

    @Test
    void aTokenIsIssuedUsedAndExpiresAfterItsLifetime() throws Exception {
        HttpResponse<String> issued = serve.send(CLIENT, "POST", "/api/tokens", basic("auditor", "auditor-pw-1"), null);
        String token = field(issued.body(), "access_token");

        assertThat(issued.body()).contains("\"token_type\":\"Bearer\"").contains("\"expires_in\":900");
        assertThat(newest(AuditActions.TOKEN_ISSUED)).extracting(AuditEntry::actor).contains("auditor");
        assertThat(meWith(token).body()).contains("\"user\":\"auditor\"").contains("\"authenticatedBy\":\"bearer\"");

        serve.clock.advance(Duration.ofMinutes(15));
        assertThat(meWith(token).statusCode()).as("valid up to its expiry").isEqualTo(200);
        serve.clock.advance(Duration.ofSeconds(1));
        assertThat(meWith(token).statusCode()).as("expired").isEqualTo(401);
    }

    @Test
    void aTamperedTokenIsRefused() throws Exception {
        String token = token("operator");
        String[] parts = token.split("\\.");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("\"operator\"", "\"admin\"");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes())
                + "." + parts[2];

        HttpResponse<String> refused = meWith(forged);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().allValues("WWW-Authenticate"))
                .containsExactly("Bearer realm=\"wincc-reports\", error=\"invalid_token\"");
        assertThat(serve.send(CLIENT, "GET", "/actuator/metrics", "Bearer " + forged, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aUserIsLockedAfterFiveFailedLoginsEvenForTheRightPasswordUntilTheLockEnds() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(serve.send(CLIENT, "GET", "/api/me", basic("shift-lead", "guess-" + i), null).statusCode())
                    .isEqualTo(401);
        }

        assertThat(serve.send(CLIENT, "GET", "/api/me", basic("shift-lead", "shift-lead-pw-1"), null).statusCode())
                .as("locked: the right password is refused too").isEqualTo(401);
        assertThat(serve.send(CLIENT, "GET", "/api/me", basic("quality", "quality-pw-1"), null).statusCode())
                .as("other users are not locked").isEqualTo(200);
        assertThat(newest(AuditActions.LOGIN_LOCKED)).singleElement()
                .satisfies(row -> assertThat(row.target()).isEqualTo("user shift-lead"));

        serve.clock.advance(Duration.ofMinutes(15));
        assertThat(serve.send(CLIENT, "GET", "/api/me", basic("shift-lead", "shift-lead-pw-1"), null).statusCode())
                .as("the lock has ended").isEqualTo(200);
    }

    private static String user(Caller caller) {
        return caller.name().toLowerCase();
    }

    private static final Map<String, String> TOKENS = new LinkedHashMap<>();

    /** A fresh token per user and test clock time (the expiry test moves the clock). */
    private static String token(String user) throws Exception {
        String key = user + "@" + serve.clock.instant();
        if (!TOKENS.containsKey(key)) {
            HttpResponse<String> issued = serve.send(CLIENT, "POST", "/api/tokens",
                    basic(user, ServeFixture.PASSWORDS.get(user)), null);
            assertThat(issued.statusCode()).isEqualTo(200);
            TOKENS.put(key, field(issued.body(), "access_token"));
        }
        return TOKENS.get(key);
    }

    private static HttpResponse<String> meWith(String token) throws Exception {
        return serve.send(CLIENT, "GET", "/api/me", "Bearer " + token, null);
    }

    private static String csrfOfLoginPage(HttpClient browser) throws Exception {
        return serve.csrfOfLoginPage(browser);
    }

    private static List<AuditEntry> newest(String action) {
        return serve.context().getBean(AuditTrail.class).newest(200).stream()
                .filter(row -> row.action().equals(action)).toList();
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(value.find()).as("%s in %s", name, json).isTrue();
        return value.group(1);
    }
}
