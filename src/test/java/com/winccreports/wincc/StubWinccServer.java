package com.winccreports.wincc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny contract-§3 archive server for the client's own tests (independent of the simulator): values
 * per tag in memory, a server cap on {@code maxValues}, and a queue of one-shot faults.
 */
final class StubWinccServer implements AutoCloseable {

    /** A fault served instead of the next answer. */
    record Fault(int status, Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final Map<String, long[]> timestamps = new ConcurrentHashMap<>();
    private final Map<String, double[]> values = new ConcurrentHashMap<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> fixedAnswers = new ConcurrentHashMap<>();
    private volatile int cap = 1000;
    private volatile boolean gzip;

    StubWinccServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/WinCCRestService", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/WinCCRestService");
    }

    void put(String tag, long[] ts, double[] vs) {
        timestamps.put(tag, ts);
        values.put(tag, vs);
    }

    /** Answers gzip-encoded when the client accepts it. */
    void gzip(boolean on) {
        this.gzip = on;
    }

    void cap(int serverCap) {
        this.cap = serverCap;
    }

    synchronized void fault(Fault fault) {
        faults.add(fault);
    }

    /** A fixed JSON answer for a path prefix (lists, alarms, user archives). */
    void answer(String pathPrefix, String json) {
        fixedAnswers.put(pathPrefix, json);
    }

    List<String> requests() {
        return requests;
    }

    private synchronized Fault nextFault() {
        return faults.poll();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath().substring("/WinCCRestService".length());
            requests.add(exchange.getRequestMethod() + " " + path + "?" + exchange.getRequestURI().getRawQuery()
                    + " auth=" + exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = exchange.getRequestBody().readAllBytes();
            Fault fault = nextFault();
            if (fault != null) {
                serveFault(exchange, fault);
                return;
            }
            String answer = fixedAnswers.entrySet().stream().filter(e -> path.startsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (answer == null && path.contains("/Values")) {
                answer = values(query(exchange.getRequestURI().getRawQuery()), new String(body, StandardCharsets.UTF_8));
            }
            boolean accepted = String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Encoding")).contains("gzip");
            if (gzip && accepted && answer != null) {
                sendGzip(exchange, answer);
                return;
            }
            send(exchange, answer == null ? 404 : 200, answer == null ? "{\"error\":\"not found\"}" : answer);
        }
    }

    private static void serveFault(HttpExchange exchange, Fault fault) throws IOException {
        fault.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        if (fault.status() == -1) {
            // announce more than is sent, then close: the client sees a truncated body / reset
            exchange.sendResponseHeaders(200, fault.body().length() + 1000);
            exchange.getResponseBody().write(fault.body().getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            throw new IOException("reset mid-body");
        }
        send(exchange, fault.status(), fault.body());
    }

    private String values(Map<String, String> query, String body) {
        String tag = body.replaceAll(".*\\[\\s*\"([^\"]*)\".*", "$1");
        long[] ts = timestamps.get(tag);
        if (ts == null) {
            return "[{\"variableName\":\"" + tag + "\",\"error\":\"unknown archive variable\"}]";
        }
        int max = Math.min(cap, Integer.parseInt(query.getOrDefault("maxValues", "1000")));
        Long from = query.containsKey("timeFrom") ? IsoTimestamps.parseMillis(query.get("timeFrom")) : null;
        long to = query.containsKey("timeTo") ? IsoTimestamps.parseMillis(query.get("timeTo")) : Long.MAX_VALUE;
        StringBuilder json = new StringBuilder("[{\"variableName\":\"" + tag + "\",\"values\":[");
        int[] range = range(ts, from, to, max);
        for (int i = range[0]; i < range[1]; i++) {
            json.append(i > range[0] ? "," : "").append("{\"timestamp\":\"").append(IsoTimestamps.format(ts[i]))
                    .append("\",\"value\":").append(values.get(tag)[i]).append(",\"qualityCode\":128,\"flags\":0}");
        }
        return json.append("]}]").toString();
    }

    private static int[] range(long[] ts, Long from, long to, int max) {
        int end = 0;
        while (end < ts.length && ts[end] <= to) {
            end++;
        }
        if (from == null) {
            return new int[] {Math.max(0, end - max), end};
        }
        int start = 0;
        while (start < end && ts[start] < from) {
            start++;
        }
        return new int[] {start, Math.min(end, start + max)};
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String part : raw.split("&")) {
                String[] kv = part.split("=", 2);
                query.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sendGzip(HttpExchange exchange, String body) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(bytes)) {
            zip.write(body.getBytes(StandardCharsets.UTF_8));
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Content-Encoding", "gzip");
        exchange.sendResponseHeaders(200, bytes.size());
        try (OutputStream out = exchange.getResponseBody()) {
            bytes.writeTo(out);
        }
    }

    static Map<String, String> headers(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
