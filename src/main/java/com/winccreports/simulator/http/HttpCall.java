package com.winccreports.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One request as the endpoints see it: method, decoded path segments after {@code /WinCCRestService},
 * query parameters (names matched ignoring case) and the JSON body.
 */
public final class HttpCall {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpExchange exchange;
    private final List<String> segments;
    private final Map<String, String> query;

    public HttpCall(HttpExchange exchange, List<String> segments) {
        this.exchange = exchange;
        this.segments = segments;
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
    }

    /** Decoded path segments of {@code rawPath}, empty segments dropped. */
    public static List<String> segments(String rawPath) {
        List<String> result = new ArrayList<>();
        for (String part : rawPath.split("/")) {
            if (!part.isEmpty()) {
                result.add(URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return result;
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> result = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return result;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            result.put(URLDecoder.decode(name, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return result;
    }

    public String method() {
        return exchange.getRequestMethod();
    }

    /** Path segment {@code i} after the base path. */
    public String segment(int i) {
        return segments.get(i);
    }

    /** A query parameter or null. */
    public String query(String name) {
        return query.get(name.toLowerCase(Locale.ROOT));
    }

    /** A positive integer query parameter, or {@code fallback} when absent; 400 naming it otherwise. */
    public int positiveInt(String name, int fallback) {
        String raw = query(name);
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        return positiveInt(name, raw);
    }

    public static int positiveInt(String name, String raw) {
        try {
            int value = Integer.parseInt(raw.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badParameter(name, "must be a positive integer, was '" + raw + "'");
    }

    /** A non-negative integer query parameter (continuation points), or 0. */
    public int offset(String name) {
        String raw = query(name);
        if (raw == null || raw.isEmpty()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badParameter(name, "must be a non-negative integer, was '" + raw + "'");
    }

    /** The request body parsed as JSON; 400 ({@code body}) if it is missing or not JSON. */
    public JsonNode json() {
        byte[] body;
        try {
            body = exchange.getRequestBody().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (body.length == 0) {
            throw ApiException.badParameter("body", "is missing (JSON expected)");
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            throw ApiException.badParameter("body", "is not valid JSON: " + e.getOriginalMessage());
        }
    }

    public String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** The Basic-auth user name of the call (already authenticated by the dispatcher), or empty. */
    public String user() {
        String header = header("Authorization");
        if (header == null || header.length() < 6) {
            return "";
        }
        try {
            String decoded = new String(java.util.Base64.getDecoder().decode(header.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? "" : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
