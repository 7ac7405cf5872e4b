package com.winccreports.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * The floor: the least a program must do to read a {@link TagWindow} — JDK {@link HttpClient},
 * the moving-window paging of docs/wincc-rest.md §3 and {@link FloorPageParser} — and nothing else. Values are
 * folded into a checksum so that the JIT cannot drop the parse. One instance per thread.
 */
final class FloorReader {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final HttpClient http;
    private final String baseUri;
    private final String authorization;
    private final int pageSize;
    private final FloorPageParser parser;
    long requests;
    double checksum;

    FloorReader(HttpClient http, String baseUri, String user, String password, int pageSize) {
        this.http = http;
        this.baseUri = baseUri;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.pageSize = pageSize;
        this.parser = new FloorPageParser(pageSize + 16);
    }

    /** Values of the window, counted: ask [cursor, to], drop what was already seen at the cursor and what lies at or past to. */
    long read(TagWindow window) {
        long cursor = window.fromMillis();
        int seenAtCursor = 0;
        long count = 0;
        while (true) {
            fetch(window, cursor);
            int n = parser.size;
            if (n == 0) {
                return count;
            }
            long[] ts = parser.timestamps;
            int first = 0;
            while (first < n && ts[first] == cursor && first < seenAtCursor) {
                first++;
            }
            int fresh = 0;
            for (int i = first; i < n && ts[i] < window.toMillis(); i++) {
                checksum += parser.values[i] + parser.qualities[i];
                fresh++;
            }
            count += fresh;
            if (fresh == 0 || ts[n - 1] >= window.toMillis()) {
                return count;
            }
            long last = ts[n - 1];
            int atLast = 0;
            for (int i = n - 1; i >= 0 && ts[i] == last; i--) {
                atLast++;
            }
            seenAtCursor = atLast; // the page starts at the cursor, so it holds every value seen there
            cursor = last;
        }
    }

    private void fetch(TagWindow window, long cursor) {
        String uri = baseUri + "/tagLogging/Archive/" + window.archive() + "/Values?timeFrom="
                + ISO.format(Instant.ofEpochMilli(cursor)) + "&timeTo=" + ISO.format(Instant.ofEpochMilli(window.toMillis()))
                + "&maxValues=" + pageSize;
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"variableNames\":[\"" + window.tag() + "\"]}"))
                .build();
        for (int attempt = 1; ; attempt++) {
            try {
                send(request, uri);
                requests++;
                return;
            } catch (IOException e) {
                // a pooled keep-alive connection the server closed meanwhile: retry it, as any client would
                if (attempt == 3) {
                    throw new UncheckedIOException("floor request failed: " + uri, e);
                }
            }
        }
    }

    private void send(HttpRequest request, String uri) throws IOException {
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + " for " + uri);
                }
                parser.parse(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
