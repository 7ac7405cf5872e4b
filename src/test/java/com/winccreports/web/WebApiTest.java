package com.winccreports.web;

import static com.winccreports.security.ServeFixture.basic;
import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.audit.AuditActions;
import com.winccreports.audit.AuditEntry;
import com.winccreports.audit.AuditTrail;
import com.winccreports.job.JobRunService;
import com.winccreports.job.publish.VersionPublisher;
import com.winccreports.publication.PackageManifest;
import com.winccreports.publication.Sha256;
import com.winccreports.security.ServeFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API over real HTTP against {@code serve} with the simulator as its WinCC: identical requests make one
 * run, the queue shows what waits, a requested report is published and downloaded whole and in ranges with the
 * checksums of its manifest, a package is verified (and a changed file named), names that reach out of the output
 * folder get nothing, malformed parameters are problems naming the parameter, a user's request rate is limited,
 * schedule changes and verifications are audit rows.
 */
class WebApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String QUALITY = basic("quality", "quality-pw-1");
    private static final String AUDITOR = basic("auditor", "auditor-pw-1");
    private static final String ADMIN = basic("admin", "admin-pw-1");
    private static final int REQUESTS_PER_MINUTE = 150;

    @TempDir
    static Path root;

    static ServeFixture serve;
    static final RunGate GATE = new RunGate();

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> users = new HashMap<>(ServeFixture.PASSWORDS);
        users.put("burst", "burst-pw-1");
        serve = new ServeFixture(root, users, """
                wincc-reports.security.lockout.address: {max-failures: 1000}
                wincc-reports.web: {max-concurrent-runs: 1, requests-per-minute: %d}
                """.formatted(REQUESTS_PER_MINUTE)).withJob(WebTestJobs.NAME, WebTestJobs.YAML)
                .withJob(WebTestJobs.EXPORT_NAME, WebTestJobs.EXPORT_YAML)
                .withInitializer(context -> context.getBeanFactory().addBeanPostProcessor(GATE)).start();
    }

    @AfterAll
    static void stop() {
        GATE.open();
        serve.close();
    }

    @Test
    void fiftyConcurrentIdenticalRequestsMakeOneRunAndTheNextRequestWaitsVisiblyInTheQueue() throws Exception {
        GATE.close();
        String body = request("\"day\":\"2026-11-20\",\"shift\":\"Early\"");

        List<HttpResponse<String>> answers = IntStream.range(0, 50).mapToObj(i -> CLIENT.sendAsync(
                post("/api/runs", QUALITY, body), HttpResponse.BodyHandlers.ofString())).toList().stream()
                .map(CompletableFuture::join).toList();
        HttpResponse<String> next = send("POST", "/api/runs", QUALITY, request("\"day\":\"2026-11-20\",\"shift\":\"Late\""));
        JsonNode queue = json(send("GET", "/api/runs", QUALITY, null)).path("queue");
        GATE.open();

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(202, 200)
                .filteredOn(status -> status == 202).hasSize(1);
        Set<String> ids = answers.stream().map(a -> json(a).path("id").asString()).collect(java.util.stream.Collectors.toSet());
        assertThat(ids).hasSize(1);
        String id = ids.iterator().next();
        assertThat(answers).allSatisfy(a -> assertThat(a.headers().firstValue("Location")).hasValue("/api/runs/" + id));
        assertThat(next.statusCode()).isEqualTo(202);
        assertThat(json(next).path("state").asString()).isEqualTo("QUEUED");
        assertThat(json(next).path("queuePosition").asInt()).isEqualTo(1);
        assertThat(queue.path("running").asInt()).isEqualTo(1);
        assertThat(queue.path("waiting").asInt()).isEqualTo(1);

        assertThat(awaitEnd(id).path("state").asString()).isEqualTo("COMPLETED");
        assertThat(awaitEnd(json(next).path("id").asString()).path("state").asString()).isEqualTo("COMPLETED");
        assertThat(serve.context().getBean(JobRunService.class).executions(100))
                .filteredOn(e -> e.period().equals("2026-11-20-Early")).hasSize(1);
        assertThat(audit(AuditActions.RUN_REQUEST)).filteredOn(r -> r.target().endsWith("2026-11-20-Early")).hasSize(1);
        assertThat(audit(AuditActions.RUN_START)).filteredOn(r -> r.details().contains("2026-11-20-Early"))
                .singleElement().extracting(AuditEntry::actor).isEqualTo("quality");
    }

    @Test
    void aRequestedReportIsDownloadedWholeAndInRangesWithItsManifestsChecksumsAndVerified() throws Exception {
        HttpResponse<String> accepted = send("POST", "/api/runs", QUALITY, request("\"day\":\"2026-11-21\",\"shift\":\"Night\""));
        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode run = awaitEnd(json(accepted).path("id").asString());
        JsonNode progress = json(send("GET", "/api/runs/" + run.path("id").asString(), QUALITY, null)).path("progress");
        String version = "/" + WebTestJobs.NAME + "/2026-11-21-Night/v1";
        JsonNode published = json(send("GET", "/api/publications" + version, QUALITY, null));

        assertThat(run.path("state").asString()).isEqualTo("COMPLETED");
        assertThat(progress.path("percent").asInt()).isEqualTo(100);
        assertThat(progress.path("partitions").asInt()).isPositive().isEqualTo(progress.path("partitionsDone").asInt());
        assertThat(progress.path("values").asLong()).isPositive();
        assertThat(published.path("files")).hasSize(4);
        for (JsonNode file : published.path("files")) {
            String path = "/api/files" + version + "/" + file.path("path").asString();
            HttpResponse<byte[]> whole = download(path, null);
            HttpResponse<byte[]> range = download(path, "bytes=10-29");
            assertThat(whole.statusCode()).isEqualTo(200);
            assertThat(Sha256.of(whole.body())).isEqualTo(file.path("sha256").asString());
            assertThat(whole.headers().firstValue("X-Checksum-SHA256")).hasValue(file.path("sha256").asString());
            assertThat(whole.headers().firstValueAsLong("Content-Length")).hasValue(file.path("bytes").asLong());
            assertThat(range.statusCode()).isEqualTo(206);
            assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes 10-29/" + file.path("bytes").asLong());
            assertThat(range.body()).isEqualTo(Arrays.copyOfRange(whole.body(), 10, 30));
        }
        HttpResponse<byte[]> zip = download("/api/packages" + version, null);
        HttpResponse<byte[]> zipRange = download("/api/packages" + version, "bytes=0-1");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("X-Checksum-SHA256")).hasValue(Sha256.of(zip.body()));
        assertThat(zip.headers().firstValueAsLong("Content-Length")).hasValue(zip.body().length);
        assertThat(zip.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains(WebTestJobs.NAME + "_2026-11-21-Night_v1.zip"));
        assertThat(zipRange.statusCode()).isEqualTo(206);
        assertThat(new String(zipRange.body(), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
        assertThat(audit(AuditActions.DOWNLOAD)).filteredOn(r -> r.target().contains("2026-11-21-Night")).hasSize(10)
                .allSatisfy(r -> assertThat(r.actor()).isEqualTo("quality"));

        HttpResponse<String> again = send("POST", "/api/runs", QUALITY, request("\"day\":\"2026-11-21\",\"shift\":\"Night\""));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).path("parameter").asString()).isEqualTo("reissue");

        JsonNode verified = json(send("POST", "/api/publications" + version + "/verification", AUDITOR, null));
        assertThat(verified.path("passed").asBoolean()).as(verified.toString()).isTrue();
        Path report = serve.home.output().resolve(WebTestJobs.NAME).resolve("2026-11-21-Night").resolve("v1")
                .resolve(published.path("files").get(0).path("path").asString());
        Files.write(report, new byte[] {1}, java.nio.file.StandardOpenOption.APPEND);
        JsonNode tampered = json(send("POST", "/api/publications" + version + "/verification", AUDITOR, null));
        assertThat(tampered.path("passed").asBoolean()).isFalse();
        assertThat(tampered.path("checks").toString()).contains(report.getFileName().toString() + ": content changed");
        assertThat(audit(AuditActions.VERIFY_PACKAGE)).filteredOn(r -> r.target().contains("2026-11-21-Night"))
                .extracting(AuditEntry::details).containsExactly("{\"passed\":\"true\",\"problems\":\"0\"}",
                        "{\"passed\":\"false\",\"problems\":\"1\"}");
    }

    @Test
    void namesThatReachOutOfThePublishedFolderGetNoFile() throws Exception {
        Path version = Files.createDirectories(serve.home.output().resolve(WebTestJobs.NAME).resolve("2026-11-01")
                .resolve("v1"));
        Files.writeString(version.resolve("manifest.json"), """
                {"files": [{"role": "report", "path": "leak.pdf", "bytes": 1, "sha256": "00"},
                           {"role": "report", "path": "../../../../config/application.yaml", "bytes": 1, "sha256": "00"}]}
                """);
        Files.createSymbolicLink(version.resolve("leak.pdf"), serve.home.config().resolve("application.yaml"));
        String base = "/api/files/" + WebTestJobs.NAME + "/2026-11-01/v1/";

        for (String path : List.of(base + "leak.pdf", base + "..%2F..%2F..%2F..%2Fconfig%2Fapplication.yaml",
                base + "%2e%2e/%2e%2e/%2e%2e/%2e%2e/config/application.yaml", base + "..%5C..%5Cconfig%5Capplication.yaml",
                base + "%252e%252e%252f%252e%252e%252fconfig%252fapplication.yaml", base + "/etc/passwd",
                base + "..;/..;/config/application.yaml", "/api/files/..%2F..%2Fconfig/x/v1/application.yaml",
                "/api/files/" + WebTestJobs.NAME + "/..%2F..%2Fconfig/v1/application.yaml",
                "/api/packages/" + WebTestJobs.NAME + "/..%2F..%2F..%2Fconfig/v1", "/api/packages/..%2F..%2Fconfig/x/v1",
                "/api/packages/" + WebTestJobs.NAME + "/2026-11-01/v1%2F..%2F..%2F..%2F..%2Fconfig%2Fapplication.yaml",
                "/api/packages/" + WebTestJobs.NAME + "/%2e%2e/v1", "/api/packages/" + WebTestJobs.NAME + "/2026-11-01/..;")) {
            assertNothingLeaks(path, send("GET", path, QUALITY, null));
        }
        HttpClient page = serve.logIn("quality");
        String pageBase = "/files/" + WebTestJobs.NAME + "/2026-11-01/v1/";
        for (String path : List.of(pageBase + "leak.pdf", pageBase + "..%2F..%2F..%2F..%2Fconfig%2Fapplication.yaml",
                pageBase + "%2e%2e/%2e%2e/%2e%2e/%2e%2e/config/application.yaml",
                "/packages/" + WebTestJobs.NAME + "/..%2F..%2F..%2Fconfig/v1", "/packages/..%2F..%2Fconfig/x/v1")) {
            assertNothingLeaks(path, serve.send(page, "GET", path, null, null));
        }
    }

    private static void assertNothingLeaks(String path, HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(path).isIn(400, 404);
        assertThat(answer.body()).as(path).doesNotContain("password-hash").doesNotContain("wincc-reports.sources");
    }

    @ParameterizedTest(name = "{0} {1} -> {3} naming {2}")
    @CsvSource(delimiter = '|', value = {
        "POST|{\"job\":\"web-report\",\"day\":\"2026-13-40\"}|day|400",
        "POST|{\"job\":\"web-report\",\"day\":\"2026-11-24\",\"shift\":\"Brunch\"}|shift|400",
        "POST|{\"job\":\"web-report\",\"day\":\"2026-11-24\",\"lines\":[\"L9\"]}|lines|400",
        "POST|{\"job\":\"web-report\",\"day\":\"2026-11-24\",\"formats\":[\"docx\"]}|formats|400",
        "POST|{\"job\":\"web-report\",\"from\":\"2026-11-24T10:00:00Z\",\"to\":\"2026-11-24T09:00:00Z\"}|to|400",
        "POST|{\"job\":\"web-report\",\"from\":\"yesterday\",\"to\":\"2026-11-24T09:00:00Z\"}|from|400",
        "POST|{\"job\":\"web-report\"}|period|400",
        "POST|{\"job\":\"web-report\",\"day\":\"2026-12-24\"}|period|400",
        "POST|{\"job\":\"web-report\",\"day\":\"2026-11-25\"}|period|400",
        "POST|{\"job\":\"web-report\",\"from\":\"2026-01-01T00:00:00Z\",\"to\":\"2026-11-24T00:00:00Z\"}|period|400",
        "POST|{\"job\":\"web-report\",\"day\":\"2026-11-24\",\"shfit\":\"Night\"}|shfit|400",
        "POST|{\"job\":\"web-report\",\"day\":\"2026-11-24\",\"reissue\":\"maybe\"}|reissue|400",
        "POST|{\"job\":\"web-report\",\"batch\":\"NO-SUCH-BATCH\"}|batch|404",
        "POST|{\"job\":\"no-such-job\",\"day\":\"2026-11-24\"}|job|400",
        "GET|/api/executions?limit=abc|limit|400",
        "GET|/api/executions?limit=0|limit|400",
        "GET|/api/jobs/web-report/batches?day=24.11.2026|day|400",
        "GET|/api/publications/web-report/2026-11-24/version-one|version|400",
        "GET|/api/packages/web-report/2026-11-24/version-one|version|400",
        "EXPORT|/api/audit/exports?from=24.11.2026|from|400",
        "EXPORT|/api/audit/exports?from=2026-11-24&to=2026-11-24|to|400"})
    void aMalformedParameterIsAProblemNamingIt(String method, String bodyOrPath, String parameter, int status)
            throws Exception {
        HttpResponse<String> answer = switch (method) {
            case "POST" -> send("POST", "/api/runs", QUALITY, bodyOrPath);
            case "EXPORT" -> send("POST", bodyOrPath, AUDITOR, null);
            default -> send("GET", bodyOrPath, QUALITY, null);
        };

        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(answer).path("parameter").asString()).isEqualTo(parameter);
        assertThat(json(answer).path("detail").asString()).isNotBlank();
    }

    @Test
    void theBatchPickerListsTheDaysBatchesAndABatchIsAskedForAsItsSpan() throws Exception {
        JsonNode batches = json(send("GET", "/api/jobs/" + WebTestJobs.NAME + "/batches?day=2026-11-24", QUALITY, null));
        JsonNode first = batches.get(0);

        HttpResponse<String> accepted = send("POST", "/api/runs", QUALITY,
                request("\"batch\":\"" + first.path("batchId").asString() + "\",\"lines\":[\"" + first.path("line")
                        .asString() + "\"]"));

        assertThat(batches.size()).isGreaterThan(2);
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(json(accepted).path("period").asString()).isEqualTo("batch-" + first.path("batchId").asString());
        assertThat(Instant.parse(json(accepted).path("from").asString())).isEqualTo(Instant.parse(first.path("start").asString()));
        assertThat(Instant.parse(json(accepted).path("to").asString())).isEqualTo(Instant.parse(first.path("end").asString()));
        assertThat(awaitEnd(json(accepted).path("id").asString()).path("state").asString()).startsWith("COMPLETED");
    }

    @Test
    void aBatchExportAskedForOverTheApiHoldsThatBatchsLineInTheFormatsAsked() throws Exception {
        JsonNode job = json(send("GET", "/api/jobs/" + WebTestJobs.EXPORT_NAME, QUALITY, null));
        JsonNode batch = json(send("GET", "/api/jobs/" + WebTestJobs.EXPORT_NAME + "/batches?day=2026-11-24", QUALITY,
                null)).get(0);
        String id = batch.path("batchId").asString();
        String line = batch.path("line").asString();

        HttpResponse<String> accepted = send("POST", "/api/runs", QUALITY, "{\"job\":\"" + WebTestJobs.EXPORT_NAME
                + "\",\"batch\":\"" + id + "\",\"formats\":[\"csv\"]}");

        assertThat(job.path("job").path("formats").valueStream().map(JsonNode::asString)).containsExactly("csv", "xlsx", "pdf");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(json(accepted).path("formats").valueStream().map(JsonNode::asString)).containsExactly("csv");
        assertThat(json(accepted).path("lines").valueStream().map(JsonNode::asString)).as("the batch's line")
                .containsExactly(line);
        assertThat(Instant.parse(json(accepted).path("from").asString())).as("the job's batchMargin before the batch")
                .isEqualTo(Instant.parse(batch.path("start").asString()).minus(Duration.ofMinutes(1)));
        assertThat(Instant.parse(json(accepted).path("to").asString()))
                .isEqualTo(Instant.parse(batch.path("end").asString()).plus(Duration.ofMinutes(1)));
        String other = line.equals("L1") ? "L2" : "L1";
        HttpResponse<String> otherLine = send("POST", "/api/runs", QUALITY, "{\"job\":\"" + WebTestJobs.EXPORT_NAME
                + "\",\"batch\":\"" + id + "\",\"lines\":[\"" + other + "\"]}");
        assertThat(otherLine.statusCode()).isEqualTo(400);
        assertThat(json(otherLine).path("parameter").asString()).isEqualTo("lines");
        assertThat(json(otherLine).path("detail").asString()).contains("ran on line " + line);
        JsonNode run = awaitEnd(json(accepted).path("id").asString());
        assertThat(run.path("state").asString()).as(run.toString()).startsWith("COMPLETED");
        String version = "/" + WebTestJobs.EXPORT_NAME + "/batch-" + id + "/v1";
        List<String> files = json(send("GET", "/api/publications" + version, QUALITY, null)).path("files").valueStream()
                .map(f -> f.path("path").asString()).toList();
        String values = WebTestJobs.EXPORT_NAME + "_batch-" + id + "_v1.csv";
        assertThat(files).contains(values, WebTestJobs.EXPORT_NAME + "_batch-" + id + "_v1_alarms.csv")
                .allSatisfy(file -> assertThat(file).endsWith(".csv"));
        List<String> rows = new String(download("/api/files" + version + "/" + values, null).body(),
                java.nio.charset.StandardCharsets.UTF_8).lines().skip(1).toList();
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.split(",")[2]).startsWith(line + "."));
        PackageManifest manifest = VersionPublisher.readManifest(serve.home.output().resolve(WebTestJobs.EXPORT_NAME)
                .resolve("batch-" + id).resolve("v1"));
        assertThat(manifest.requestedBy().user()).isEqualTo("quality");
        assertThat(manifest.period().from()).as("the span the run showed").isEqualTo(
                Instant.parse(json(accepted).path("from").asString()));
        assertThat(manifest.requestedBy().identifiedBy()).as("not the operating-system user of a command line")
                .isEqualTo(PackageManifest.Requester.SIGNED_IN);
        assertThat(manifest.subject().lines()).containsExactly(line);

        // the batch again in all formats: another package of the period, so its next version, not an adopted v1
        HttpResponse<String> allFormats = send("POST", "/api/runs", QUALITY, "{\"job\":\"" + WebTestJobs.EXPORT_NAME
                + "\",\"batch\":\"" + id + "\"}");
        assertThat(allFormats.statusCode()).as(allFormats.body()).isEqualTo(409);
        assertThat(json(allFormats).path("parameter").asString()).isEqualTo("reissue");
        assertThat(json(allFormats).path("detail").asString()).contains("already reported as v1");
    }

    @Test
    void moreRequestsThanAUserMayMakeInAMinuteAreRefusedWith429() throws Exception {
        String burst = basic("burst", "burst-pw-1");
        for (int i = 0; i < REQUESTS_PER_MINUTE; i++) {
            assertThat(send("GET", "/api/me", burst, null).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = send("GET", "/api/me", burst, null);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValueAsLong("Retry-After").orElseThrow()).isBetween(1L, 60L);
        assertThat(send("GET", "/api/me", AUDITOR, null).statusCode()).as("other users are not limited").isEqualTo(200);
    }

    @Test
    void aPausedScheduleIsShownWithWhoPausedItAndEachChangeIsAnAuditRow() throws Exception {
        HttpResponse<String> paused = send("PUT", "/api/schedules/" + WebTestJobs.NAME + "/pause", ADMIN,
                "{\"reason\":\"line L2 rebuilt this week\"}");
        JsonNode shown = json(send("GET", "/api/schedules/" + WebTestJobs.NAME, QUALITY, null));
        HttpResponse<String> resumed = send("DELETE", "/api/schedules/" + WebTestJobs.NAME + "/pause", ADMIN, null);

        assertThat(paused.statusCode()).isEqualTo(200);
        assertThat(shown.path("paused").path("by").asString()).isEqualTo("admin");
        assertThat(shown.path("paused").path("reason").asString()).isEqualTo("line L2 rebuilt this week");
        assertThat(shown.path("next")).isNotEmpty();
        assertThat(json(resumed).path("paused").isNull()).isTrue();
        assertThat(audit(AuditActions.SCHEDULE_PAUSE)).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo("admin");
            assertThat(row.details()).contains("line L2 rebuilt this week");
        });
        assertThat(audit(AuditActions.SCHEDULE_RESUME)).singleElement().extracting(AuditEntry::actor).isEqualTo("admin");
    }

    @Test
    void anAuditorVerifiesTheTrailAndTheVerificationIsARowOfIt() throws Exception {
        send("POST", "/api/audit/exports", AUDITOR, null);   // an export seals the head: one signed head at least
        JsonNode report = json(send("POST", "/api/audit/verification", AUDITOR, null));
        JsonNode rows = json(send("GET", "/api/audit?limit=5", AUDITOR, null));

        assertThat(report.path("findings")).isEmpty();
        assertThat(report.path("rows").asLong()).isPositive();
        assertThat(report.path("seals").asInt()).isPositive();
        assertThat(report.path("signaturesChecked").asBoolean()).as("as audit verify does").isTrue();
        assertThat(rows.get(0).path("action").asString()).isEqualTo(AuditActions.VERIFY_TRAIL);
        assertThat(rows.get(0).path("actor").asString()).isEqualTo("auditor");
    }

    @Test
    void theTrailsVerificationFindsASealWhoseSignatureWasSwapped() throws Exception {
        send("POST", "/api/audit/exports", AUDITOR, null);
        send("POST", "/api/audit/exports", AUDITOR, null);   // two signed heads, two signatures to swap
        JdbcTemplate jdbc = serve.context().getBean(JdbcTemplate.class);
        List<Map<String, Object>> seals = jdbc.queryForList(
                "SELECT head_id, signature FROM wr_audit_seal ORDER BY head_id DESC FETCH FIRST 2 ROWS ONLY");
        Object first = seals.get(0).get("head_id");
        Object firstSignature = seals.get(0).get("signature");
        jdbc.update("UPDATE wr_audit_seal SET signature = ? WHERE head_id = ?", seals.get(1).get("signature"), first);
        JsonNode report;
        try {
            report = json(send("POST", "/api/audit/verification", AUDITOR, null));
        } finally {
            jdbc.update("UPDATE wr_audit_seal SET signature = ? WHERE head_id = ?", firstSignature, first);
        }

        assertThat(report.path("findings")).singleElement().satisfies(finding -> assertThat(finding.toString())
                .contains("BAD_SEAL").contains(first.toString()));
    }

    @Test
    void anAuditorExportsTheTrailAsASignedPackageThatVerifiesAndOnlyAuditorsDownloadIt(@TempDir Path received)
            throws Exception {
        send("POST", "/api/audit/verification", AUDITOR, null);        // a row at least, whichever test ran first
        HttpResponse<String> exported = send("POST", "/api/audit/exports", AUDITOR, null);
        JsonNode body = json(exported);
        String zipPath = exported.headers().firstValue("Location").orElseThrow();
        HttpResponse<byte[]> zip = download(zipPath, null, AUDITOR);
        Path file = Files.write(received.resolve("trail.zip"), zip.body());
        String csv = body.path("files").get(0).asString();

        assertThat(exported.statusCode()).isEqualTo(201);
        assertThat(body.path("intact").asBoolean()).as(body.toString()).isTrue();
        assertThat(body.path("rows").asLong()).isPositive();
        assertThat(zipPath).startsWith("/api/packages/audit-trail/all/v");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("X-Checksum-SHA256")).hasValue(Sha256.of(zip.body()));
        assertThat(new com.winccreports.publication.PackageVerifier(List.of()).verify(file).failures()).isEmpty();
        assertThat(download(csv, null, AUDITOR).statusCode()).isEqualTo(200);
        assertThat(download(csv, null, QUALITY).statusCode()).as("not for quality staff").isEqualTo(403);
        for (String disguised : List.of(csv.replace("audit-trail/", "audit%2Dtrail/"),
                csv.replace("audit-trail/", "Audit-Trail/"), zipPath.replace("audit-trail/", "audit%2dtrail/"))) {
            assertThat(download(disguised, null, QUALITY).statusCode()).as(disguised).isIn(400, 403, 404);
        }
        assertThat(audit(AuditActions.EXPORT)).filteredOn(r -> r.target().equals(body.path("folder").asString()))
                .singleElement().extracting(AuditEntry::actor).isEqualTo("auditor");
    }

    @Test
    void theOpenApiDescriptionNamesTheEndpoints() throws Exception {
        JsonNode paths = json(send("GET", "/api/openapi", AUDITOR, null)).path("paths");

        assertThat(paths.propertyNames()).contains("/api/runs", "/api/runs/{id}", "/api/jobs", "/api/jobs/{job}/batches",
                "/api/publications/{job}/{period}/{version}/verification", "/api/schedules/{job}/pause", "/api/audit",
                "/api/audit/exports", "/api/packages/{job}/{period}/{version}",
                "/api/tokens", "/api/users");
    }

    private static String request(String period) {
        return "{\"job\":\"" + WebTestJobs.NAME + "\"," + period + "}";
    }

    /** Waits (up to 5 minutes) for an on-demand run to end, asking the service itself: polling is not rate-limited. */
    private static JsonNode awaitEnd(String id) throws Exception {
        OnDemandRuns runs = serve.context().getBean(OnDemandRuns.class);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            RunView run = runs.find(id).orElseThrow();
            if (!Set.of("QUEUED", "RUNNING").contains(run.state())) {
                return JSON.valueToTree(run);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("run " + id + " did not end within 5 minutes");
    }

    private static List<AuditEntry> audit(String action) {
        return serve.context().getBean(AuditTrail.class).newest(5000).stream()
                .filter(row -> row.action().equals(action)).toList();
    }

    private static HttpRequest post(String path, String authorization, String json) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serve.port() + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static HttpResponse<String> send(String method, String path, String authorization, String json)
            throws Exception {
        return serve.sendJson(CLIENT, method, path, authorization, json);
    }

    private static HttpResponse<byte[]> download(String path, String range) throws Exception {
        return download(path, range, QUALITY);
    }

    private static HttpResponse<byte[]> download(String path, String range, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serve.port() + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", authorization);
        if (range != null) {
            request.header("Range", range);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
