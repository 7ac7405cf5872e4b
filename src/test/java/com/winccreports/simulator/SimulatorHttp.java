package com.winccreports.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain JDK HTTP client for the simulator's tests (test code only; the product client lives in wincc). */
final class SimulatorHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client;
    private final URI base;
    private final String authorization;

    SimulatorHttp(URI base) {
        this(base, "demo", "demo", HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    SimulatorHttp(URI base, String user, String password, HttpClient client) {
        this.client = client;
        this.base = base;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    HttpResponse<byte[]> send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> get(String path) {
        return send("GET", path, null);
    }

    HttpResponse<byte[]> post(String path, String body) {
        return send("POST", path, body);
    }

    /** Sends and parses the answer, asserting nothing. */
    JsonNode json(String method, String path, String body) {
        return JSON.readTree(send(method, path, body).body());
    }

    /** Archive values, path form. */
    HttpResponse<byte[]> archiveValues(String archive, String query, String... tags) {
        StringBuilder names = new StringBuilder();
        for (String tag : tags) {
            names.append(names.length() == 0 ? "" : ",").append('"').append(tag).append('"');
        }
        return post("/tagLogging/Archive/" + archive + "/Values" + query, "{\"variableNames\":[" + names + "]}");
    }

    /** The JSON body of a 200 answer; any other status fails the test, showing the body. */
    static JsonNode ok(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
