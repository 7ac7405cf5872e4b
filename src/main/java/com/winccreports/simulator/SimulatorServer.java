package com.winccreports.simulator;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import com.winccreports.simulator.http.Endpoints;
import com.winccreports.simulator.http.ServiceContext;
import com.winccreports.simulator.plant.PlantModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedded WinCC REST simulator: a JDK {@code HttpServer} (or {@code HttpsServer}) serving the
 * contract's endpoints for a {@link PlantModel}, with Basic auth and injected faults.
 * <pre>{@code
 * try (SimulatorServer sim = SimulatorServer.start(SimulatorOptions.defaults())) {
 *     URI base = sim.baseUri();   // http://127.0.0.1:<port>/WinCCRestService
 * }
 * }</pre>
 */
public final class SimulatorServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUri;
    private final PlantModel model;
    private final RequestLog requestLog;
    private final SelfSignedCertificate certificate;

    private SimulatorServer(SimulatorOptions options) throws IOException {
        // without it every small answer stalls 40 ms on Nagle + delayed ACK (docs/simulator.md)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        model = options.plantFile() == null ? PlantModel.demo() : PlantModel.load(options.plantFile());
        requestLog = new RequestLog(100_000);
        InetSocketAddress address = new InetSocketAddress(options.bindAddress(), options.port());
        if (options.tls()) {
            certificate = new SelfSignedCertificate(options.bindAddress());
            HttpsServer https = HttpsServer.create(address, 256);
            https.setHttpsConfigurator(new HttpsConfigurator(certificate.sslContext()));
            server = https;
        } else {
            certificate = null;
            server = HttpServer.create(address, 256);
        }
        ServiceContext context = new ServiceContext(model, options.maxValuesCap(), options.clock(),
                options.lateDataLag());
        server.createContext("/", new RequestDispatcher(Endpoints.router(context), options, requestLog));
        AtomicInteger threadNumber = new AtomicInteger();
        executor = Executors.newFixedThreadPool(options.threads(), runnable -> {
            Thread thread = new Thread(runnable, "wincc-simulator-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        String host = options.bindAddress().contains(":") ? "[" + options.bindAddress() + "]" : options.bindAddress();
        baseUri = URI.create((options.tls() ? "https" : "http") + "://" + host + ":" + server.getAddress().getPort()
                + "/" + RequestDispatcher.BASE);
    }

    /** Starts a simulator; it serves until {@link #close()}. */
    public static SimulatorServer start(SimulatorOptions options) {
        try {
            return new SimulatorServer(options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the WinCC simulator on " + options.bindAddress() + ":"
                    + options.port(), e);
        }
    }

    /** {@code http(s)://<bind>:<port>/WinCCRestService}. */
    public URI baseUri() {
        return baseUri;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The plant it serves; its {@code series(...)} is an oracle for tests. */
    public PlantModel model() {
        return model;
    }

    /** Every request served, with ticker times and status. */
    public RequestLog requestLog() {
        return requestLog;
    }

    /** The generated certificate when started with TLS. */
    public Optional<X509Certificate> certificate() {
        return Optional.ofNullable(certificate).map(SelfSignedCertificate::certificate);
    }

    /** The generated certificate in PEM when started with TLS. */
    public Optional<String> certificatePem() {
        return Optional.ofNullable(certificate).map(SelfSignedCertificate::pem);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
