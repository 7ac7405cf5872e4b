package com.winccreports.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.winccreports.simulator.FaultInjector.Draw;
import com.winccreports.simulator.FaultInjector.Fault;
import com.winccreports.simulator.http.ApiException;
import com.winccreports.simulator.http.HttpCall;
import com.winccreports.simulator.http.JsonBuffer;
import com.winccreports.simulator.http.Router;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one handler behind {@code /}: base path, auth, injected faults, routing, JSON errors, the answer
 * (cut short or dropped when a fault says so) and the request log.
 */
final class RequestDispatcher implements HttpHandler {

    static final String BASE = "WinCCRestService";
    private static final Logger LOG = Logger.getLogger(RequestDispatcher.class.getName());
    private static final ThreadLocal<JsonBuffer> BUFFERS = ThreadLocal.withInitial(JsonBuffer::new);

    private final Router router;
    private final BasicAuth auth;
    private final FaultInjector faults;
    private final FaultSettings faultSettings;
    private final RequestLog log;
    private final LongSupplier ticker;
    private final Runnable outage;
    private final AtomicLong sequence = new AtomicLong();

    /** @param outage takes the server away (the outage fault); called once, from the request that starts it */
    RequestDispatcher(Router router, SimulatorOptions options, RequestLog log, Runnable outage) {
        this.router = router;
        this.auth = new BasicAuth(options.users());
        this.faultSettings = options.faults();
        this.faults = new FaultInjector(options.faults());
        this.log = log;
        this.ticker = options.ticker();
        this.outage = outage;
    }

    @Override
    public void handle(HttpExchange exchange) {
        long start = ticker.getAsLong();
        long n = sequence.incrementAndGet();
        Draw draw = faults.draw(n);
        JsonBuffer out = BUFFERS.get();
        out.reset();
        boolean[] logged = {false};
        int[] status = {0};
        // logged just before the answer completes, so a client that has its answer finds the entry
        Runnable record = () -> {
            logged[0] = true;
            log.add(new RequestLog.Entry(n, exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery(),
                    start, ticker.getAsLong(), status[0], draw.label()));
        };
        boolean dropConnection = draw.fault() == Fault.OUTAGE;
        try {
            if (dropConnection) {
                outage.run(); // this request gets no answer: the server is going away
            } else {
                delay(draw.delayMillis());
                status[0] = serve(exchange, draw, out);
                dropConnection = send(exchange, status[0], out, draw, record);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "request " + n + " ended early", e);
        } finally {
            if (!logged[0]) {
                record.run();
            }
            if (!dropConnection) {
                exchange.close();
            }
        }
        if (dropConnection) {
            // the JDK server closes the connection of a handler that throws: the client sees the body end early
            throw new IllegalStateException("injected fault: " + draw.label());
        }
    }

    private int serve(HttpExchange exchange, Draw draw, JsonBuffer out) {
        try {
            List<String> segments = HttpCall.segments(exchange.getRequestURI().getRawPath());
            if (segments.isEmpty() || !segments.get(0).equalsIgnoreCase(BASE)) {
                throw ApiException.notFound("the service lives under /" + BASE);
            }
            if (!auth.accepts(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"" + BASE + "\", charset=\"UTF-8\"");
                throw new ApiException(401, "valid HTTP Basic credentials are required", null);
            }
            injectStatus(exchange, draw.fault());
            List<String> rest = segments.subList(1, segments.size());
            Router.Endpoint endpoint = router.find(exchange.getRequestMethod(), rest);
            return endpoint.serve(new HttpCall(exchange, rest), out);
        } catch (ApiException e) {
            ApiException.writeBody(out, e.status(), e.getMessage(), e.parameter());
            return e.status();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "simulator failed on " + exchange.getRequestURI(), e);
            ApiException.writeBody(out, 500, "internal error: " + e, null);
            return 500;
        }
    }

    private void injectStatus(HttpExchange exchange, Fault fault) {
        switch (fault) {
            case ERROR -> throw new ApiException(500, "injected fault: internal server error", null);
            case TOO_MANY_REQUESTS -> {
                exchange.getResponseHeaders().add("Retry-After", Integer.toString(faultSettings.retryAfterSeconds()));
                throw new ApiException(429, "injected fault: too many requests", null);
            }
            case LOCKED -> throw new ApiException(423, "injected fault: archive locked, retry later", null);
            default -> {
            }
        }
    }

    /** Sends the answer; true if the connection must now be dropped (injected reset). */
    private static boolean send(HttpExchange exchange, int status, JsonBuffer out, Draw draw, Runnable record)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        int length = out.size();
        if (draw.fault() == Fault.TRUNCATE && status == 200) {
            length = Math.max(1, (int) (length * draw.cut()));
        }
        exchange.sendResponseHeaders(status, length);
        OutputStream body = exchange.getResponseBody();
        if (draw.fault() == Fault.RESET) {
            body.write(out.array(), 0, Math.max(1, (int) (length * draw.cut())) - 1);
            body.flush();
            record.run();
            return true;
        }
        // all but the last byte, then the log entry, then the last byte: the entry exists before the client
        // can have the whole answer (large writes bypass the server's buffer and reach the socket at once)
        body.write(out.array(), 0, length - 1);
        record.run();
        body.write(out.array(), length - 1, 1);
        body.close();
        return false;
    }

    private static void delay(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
