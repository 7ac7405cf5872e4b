package com.winccreports.recordexport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulator's archive values read the plainest way, independent of the product's client: one HTTP request per
 * tag and span (the test simulator's cap is high enough for a whole span), parsed into a list. The oracle the
 * exports are checked against.
 */
final class SimulatorValues {

    /** One archived value. */
    record Value(Instant time, double value, int quality) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUri;

    SimulatorValues(String baseUri) {
        this.baseUri = baseUri;
    }

    /** The answer to {@code GET path} ({@code path} with its query). */
    JsonNode get(String path) {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(baseUri + path)).GET()));
    }

    /** Every item of a paged list ({@code GET path}, {@code path} with its query), page by page. */
    List<JsonNode> items(String path) {
        List<JsonNode> items = new ArrayList<>();
        String next = "0";
        while (next != null) {
            JsonNode page = JSON.readTree(send(HttpRequest.newBuilder(URI.create(baseUri + path
                    + (path.contains("?") ? "&" : "?") + "itemLimit=1000&continuationPoint=" + next)).GET()));
            page.get("items").forEach(items::add);
            next = page.has("continuationPoint") ? page.get("continuationPoint").asString() : null;
        }
        return items;
    }

    /** The values of {@code tag} in {@code [from, to)}, in archive order. */
    List<Value> read(String archive, String tag, Instant from, Instant to) {
        String uri = baseUri + "/tagLogging/Archive/" + archive + "/Values?timeFrom=" + from + "&timeTo=" + to
                + "&maxValues=5000000";
        String body = send(HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"variableNames\":[\"" + tag + "\"]}")));
        List<Value> values = new ArrayList<>();
        for (JsonNode item : JSON.readTree(body)) {
            for (JsonNode v : item.get("values")) {
                Instant time = Instant.parse(v.get("timestamp").asString());
                if (time.isBefore(to)) {
                    values.add(new Value(time, v.get("value").asDouble(), v.get("qualityCode").asInt()));
                }
            }
        }
        return values;
    }

    private String send(HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8)));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("HTTP " + response.statusCode() + " for " + request.build().uri());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
