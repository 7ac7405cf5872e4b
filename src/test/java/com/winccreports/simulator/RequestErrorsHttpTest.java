package com.winccreports.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Auth, bad requests, unknown resources and path casing. */
class RequestErrorsHttpTest {

    private static SimulatorServer sim;
    private static SimulatorHttp http;

    @BeforeAll
    static void start() {
        sim = SimulatorServer.start(SimulatorOptions.defaults().withUsers(Map.of("demo", "demo", "quality", "s3cret:x")));
        http = new SimulatorHttp(sim.baseUri());
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void missingOrWrongCredentialsGet401WithAChallenge() {
        for (SimulatorHttp client : new SimulatorHttp[] {client(null, null), client("demo", "wrong"), client("nobody", "demo")}) {
            HttpResponse<byte[]> r = client.get("/tagLogging/Archives");
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
            assertThat(json(r).get("status").asInt()).isEqualTo(401);
        }
        assertThat(client("quality", "s3cret:x").get("/tagLogging/Archives").statusCode()).isEqualTo(200);
    }

    @Test
    void pathsIgnoreCase() {
        HttpResponse<byte[]> r = root().post("/winccrestservice/TAGLOGGING/archive/pvarchive/VALUES"
                + "?TimeFrom=2026-11-20T10:00:00Z&TIMETO=2026-11-20T10:00:01Z", "{\"variableNames\":[\"L1.Speed\"]}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get(0).get("values")).hasSize(2);
    }

    @Test
    void badParametersGet400NamingTheParameter() {
        assertBad(http.archiveValues("PVArchive", "?maxValues=0", "L1.Speed"), "maxValues");
        assertBad(http.archiveValues("PVArchive", "?maxValues=many", "L1.Speed"), "maxValues");
        assertBad(http.archiveValues("PVArchive", "?timeFrom=yesterday", "L1.Speed"), "timeFrom");
        assertBad(http.archiveValues("PVArchive", "?timeTo=2026-13-01T00:00:00Z", "L1.Speed"), "timeTo");
        assertBad(http.archiveValues("PVArchive", "?timeFrom=2026-11-21T00:00:00Z&timeTo=2026-11-20T00:00:00Z", "L1.Speed"), "timeFrom");
        assertBad(http.post("/tagLogging/Archive/PVArchive/Values", "{\"names\":[]}"), "variableNames");
        assertBad(http.post("/tagLogging/Archive/PVArchive/Values", "{not json"), "body");
        assertBad(http.post("/tagLogging/Archive/PVArchive/Values", null), "body");
        assertBad(http.post("/tagLogging/Values", "{\"archives\":{}}"), "archives");
        assertBad(http.get("/tagManagement/Variables?itemLimit=-1"), "itemLimit");
        assertBad(http.get("/tagManagement/Variables?continuationPoint=x"), "continuationPoint");
    }

    @Test
    void unknownArchivesAndResourcesGet404() {
        HttpResponse<byte[]> r = http.archiveValues("NoSuchArchive", "", "L1.Speed");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).get("message").asString()).contains("NoSuchArchive");
        assertThat(http.get("/tagLogging/Archive/NoSuchArchive/Variables").statusCode()).isEqualTo(404);
        assertThat(http.get("/no/such/thing").statusCode()).isEqualTo(404);
        assertThat(root().get("/OtherService/tagLogging/Archives").statusCode()).isEqualTo(404);
    }

    @Test
    void aKnownPathWithAnotherMethodGets405() {
        HttpResponse<byte[]> r = http.get("/tagLogging/Archive/PVArchive/Values");
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(json(r).get("error").asString()).isEqualTo("Method Not Allowed");
    }

    @Test
    void everyRequestIsLoggedWithStatusAndTickerTimes() {
        sim.requestLog().clear();
        http.get("/tagLogging/Archives");
        client(null, null).get("/tagLogging/Archives");
        var entries = sim.requestLog().entries();
        assertThat(entries).hasSize(2);
        assertThat(entries).extracting(RequestLog.Entry::status).containsExactly(200, 401);
        assertThat(entries.get(0).path()).endsWith("/tagLogging/Archives");
        assertThat(entries.get(0).endNanos()).isGreaterThanOrEqualTo(entries.get(0).startNanos());
        assertThat(entries.get(1).sequence()).isGreaterThan(entries.get(0).sequence());
    }

    private static void assertBad(HttpResponse<byte[]> r, String parameter) {
        assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(400);
        JsonNode body = json(r);
        assertThat(body.get("parameter").asString()).isEqualTo(parameter);
        assertThat(body.get("message").asString()).contains(parameter);
    }

    private static SimulatorHttp root() {
        return new SimulatorHttp(java.net.URI.create(sim.baseUri().toString().replace("/WinCCRestService", "")));
    }

    private static SimulatorHttp client(String user, String password) {
        return new SimulatorHttp(sim.baseUri(), user, password, HttpClient.newHttpClient());
    }

    static JsonNode json(HttpResponse<byte[]> r) {
        return SimulatorHttp.JSON.readTree(r.body());
    }
}
