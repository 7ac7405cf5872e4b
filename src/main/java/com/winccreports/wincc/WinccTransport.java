package com.winccreports.wincc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read-only HTTP to one WinCC server: Basic auth, gzip, timeouts, the source's node-wide {@link RequestThrottle},
 * and retries with backoff and jitter of 5xx/429/423, I/O errors and unreadable answers, honouring
 * {@code Retry-After}. Permanent failures become a {@link WinccException} naming the request's scope.
 * Only GET and POST-as-query exist here: the client has no call that writes to the plant.
 */
public final class WinccTransport {

    private static final Logger log = LoggerFactory.getLogger(WinccTransport.class);

    /** Reads a successful answer's body; parse errors are retried like I/O errors. */
    @FunctionalInterface
    public interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }

    private final SourceSettings settings;
    private final HttpClient http;
    private final RequestThrottle throttle;
    private final Ticker ticker;
    private final RandomGenerator random;
    private final String authorization;

    public WinccTransport(SourceSettings settings, HttpClient http, Ticker ticker, RandomGenerator random) {
        this.settings = settings;
        this.http = http;
        this.ticker = ticker;
        this.random = random;
        this.throttle = RequestThrottle.of(settings, ticker);
        this.authorization = settings.credentials().basicAuthorization();
    }

    public SourceSettings settings() {
        return settings;
    }

    /** GET {@code base + path}. */
    public <T> T get(String path, RequestScope scope, BodyReader<T> reader) {
        return execute(() -> request(path).GET().build(), scope, reader);
    }

    /** POST a JSON query body to {@code base + path} (WinCC reads archives by POST; nothing is written). */
    public <T> T post(String path, byte[] json, RequestScope scope, BodyReader<T> reader) {
        return execute(() -> request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build(), scope, reader);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(settings.baseUri() + path))
                .timeout(settings.readTimeout())
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip")
                .header("Accept-Language", settings.acceptLanguage());
    }

    private <T> T execute(java.util.function.Supplier<HttpRequest> request, RequestScope scope, BodyReader<T> reader) {
        long start = ticker.nanos();
        RetrySettings retry = settings.retry();
        for (int attempt = 1; ; attempt++) {
            Attempt<T> outcome = attempt(request.get(), scope, reader);
            if (outcome.succeeded()) {
                return outcome.value();
            }
            long wait = Math.max(retry.backoffNanos(attempt, random.nextDouble()), outcome.retryAfterNanos());
            long elapsed = ticker.nanos() - start;
            if (attempt >= retry.maxAttempts() || elapsed + wait > retry.maxTotalTime().toNanos()) {
                throw new WinccException(WinccException.Reason.RETRIES_EXHAUSTED, scope, outcome.status(),
                        "gave up after " + attempt + " attempts in " + elapsed / 1_000_000 + " ms at "
                                + settings.baseUri() + ", last: " + outcome.failure(), outcome.cause());
            }
            log.warn("WinCC source '{}': {} — retry {} of {} in {} ms ({})", settings.name(), outcome.failure(),
                    attempt, retry.maxAttempts() - 1, wait / 1_000_000, scope.describe());
            sleep(wait, scope);
        }
    }

    private <T> Attempt<T> attempt(HttpRequest request, RequestScope scope, BodyReader<T> reader) {
        acquire(scope);
        try {
            HttpResponse<byte[]> response = receive(request);
            try (InputStream body = decoded(response)) {
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return Attempt.success(reader.read(body));
                }
                String text = snippet(body);
                if (StatusPolicy.isTransient(status)) {
                    return Attempt.failure(status, "HTTP " + status + " " + text,
                            RetryAfter.nanos(response.headers().firstValue("Retry-After")), null);
                }
                throw StatusPolicy.permanent(status, text, scope);
            }
        } catch (javax.net.ssl.SSLHandshakeException e) {
            throw new WinccException(WinccException.Reason.TLS_UNTRUSTED, scope, 0, "TLS handshake failed — the "
                    + "server certificate is not trusted by the configured truststore or pin: " + e.getMessage(), e);
        } catch (IOException | UncheckedIOException | MalformedAnswerException | tools.jackson.core.JacksonException e) {
            return Attempt.failure(0, describe(e), 0, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WinccException(WinccException.Reason.INTERRUPTED, scope, 0, "interrupted", e);
        } finally {
            throttle.release();
        }
    }

    /**
     * The whole answer within the read timeout: headers and body. A body that stalls half-way (a dropped
     * connection the OS has not noticed) must not hang a report, so the body is received in full
     * before the streaming parse reads it from memory.
     */
    private HttpResponse<byte[]> receive(HttpRequest request) throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> answer = http.sendAsync(request,
                HttpResponse.BodyHandlers.ofByteArray());
        try {
            return answer.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + settings.readTimeout().toMillis() + " ms");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw e;
        }
    }

    /** An I/O failure as a person reads it: what happened and, where the network failed, at which URL. */
    private String describe(Exception e) {
        String network = NetworkFailures.describe(e, settings.connectTimeout());
        return network != null ? network + " at " + settings.baseUri() : innermost(e);
    }

    private void acquire(RequestScope scope) {
        try {
            throttle.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WinccException(WinccException.Reason.INTERRUPTED, scope, 0, "interrupted while throttled", e);
        }
    }

    private void sleep(long nanos, RequestScope scope) {
        try {
            ticker.sleepNanos(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WinccException(WinccException.Reason.INTERRUPTED, scope, 0, "interrupted between retries", e);
        }
    }

    private static InputStream decoded(HttpResponse<byte[]> response) throws IOException {
        boolean gzip = response.headers().firstValue("Content-Encoding").map(v -> v.equalsIgnoreCase("gzip"))
                .orElse(false);
        InputStream raw = new ByteArrayInputStream(response.body());
        return gzip ? new GZIPInputStream(raw, 64 * 1024) : raw;
    }

    /**
     * An I/O failure as its innermost message. The JDK client reports a refused connection as a
     * {@code ConnectException} without a message (around a bare {@code ClosedChannelException}): said here.
     */
    static String innermost(Throwable failure) {
        String text = failure.getClass().getSimpleName() + ": " + (failure instanceof java.net.ConnectException
                && failure.getMessage() == null ? "connection refused" : failure.getMessage());
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                text = t.getClass().getSimpleName() + ": " + t.getMessage();
            }
        }
        return text;
    }

    private static String snippet(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(300);
            return new String(bytes, StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
        } catch (IOException e) {
            return "";
        }
    }

    /** One attempt's outcome: a value, or why it failed and how long the server asked to wait. */
    private record Attempt<T>(boolean succeeded, T value, int status, String failure, long retryAfterNanos,
            Throwable cause) {
        static <T> Attempt<T> success(T value) {
            return new Attempt<>(true, value, 200, null, 0, null);
        }

        static <T> Attempt<T> failure(int status, String failure, long retryAfterNanos, Throwable cause) {
            return new Attempt<>(false, null, status, failure, retryAfterNanos, cause);
        }
    }
}
