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
import java.util.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(SimulatorServer.class.getName());

    private final SimulatorOptions options;
    private final RequestDispatcher dispatcher;
    private volatile HttpServer server;
    private volatile boolean closed;
    private final ExecutorService executor;
    private final URI baseUri;
    private final PlantModel model;
    private final RequestLog requestLog;
    private final SelfSignedCertificate certificate;

    private SimulatorServer(SimulatorOptions options) throws IOException {
        // without it every small answer stalls 40 ms on Nagle + delayed ACK (docs/simulator.md)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.options = options;
        model = options.plantFile() == null ? PlantModel.demo() : PlantModel.load(options.plantFile());
        requestLog = new RequestLog(100_000);
        certificate = options.tls() ? new SelfSignedCertificate(options.bindAddress()) : null;
        ServiceContext context = new ServiceContext(model, options.maxValuesCap(), options.clock(),
                options.lateDataLag());
        dispatcher = new RequestDispatcher(Endpoints.router(context), options, requestLog, this::startOutage);
        AtomicInteger threadNumber = new AtomicInteger();
        executor = Executors.newFixedThreadPool(options.threads(), runnable -> {
            Thread thread = new Thread(runnable, "wincc-simulator-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server = listen(options.port());
        String host = options.bindAddress().contains(":") ? "[" + options.bindAddress() + "]" : options.bindAddress();
        baseUri = URI.create((options.tls() ? "https" : "http") + "://" + host + ":" + server.getAddress().getPort()
                + "/" + RequestDispatcher.BASE);
    }

    private HttpServer listen(int port) throws IOException {
        InetSocketAddress address = new InetSocketAddress(options.bindAddress(), port);
        HttpServer listener;
        if (certificate != null) {
            HttpsServer https = HttpsServer.create(address, 256);
            https.setHttpsConfigurator(new HttpsConfigurator(certificate.sslContext()));
            listener = https;
        } else {
            listener = HttpServer.create(address, 256);
        }
        listener.createContext("/", dispatcher);
        listener.setExecutor(executor);
        listener.start();
        return listener;
    }

    /**
     * The outage fault: closes the port (open connections too, so every request in flight fails and every new
     * one is refused), and after {@code outageFor} listens on the same port again.
     */
    private void startOutage() {
        Thread outage = new Thread(() -> {
            server.stop(0);
            LOG.info("outage: " + baseUri + " gone for " + options.faults().outageFor());
            long back = System.nanoTime() + options.faults().outageFor().toNanos();
            try {
                Thread.sleep(options.faults().outageFor().toMillis());
                while (true) {
                    try {
                        if (listenAgain()) {
                            LOG.info("outage over: " + baseUri + " listens again");
                        }
                        return;
                    } catch (IOException e) {
                        if (System.nanoTime() - back > 10_000_000_000L) {
                            throw new UncheckedIOException("cannot listen on " + baseUri + " after the outage", e);
                        }
                        Thread.sleep(100); // the port may linger a moment after the close
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "simulator-outage");
        outage.setDaemon(true);
        outage.start();
    }

    /** Listens again after an outage, unless closed meanwhile; false if closed. */
    private synchronized boolean listenAgain() throws IOException {
        if (closed) {
            return false;
        }
        server = listen(baseUri.getPort());
        return true;
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
        return baseUri.getPort();
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
    public synchronized void close() {
        closed = true;
        try {
            server.stop(0);
        } catch (IllegalStateException e) {
            // already stopped by an outage
        }
        executor.shutdownNow();
    }
}
