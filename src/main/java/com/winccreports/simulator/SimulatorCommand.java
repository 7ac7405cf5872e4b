package com.winccreports.simulator;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wincc-reports simulator}: runs the WinCC REST simulator standalone until Ctrl-C (no Spring). */
@Command(name = "simulator", mixinStandardHelpOptions = true,
        description = "Serve a simulated plant over the WinCC REST interface until Ctrl-C.")
public final class SimulatorCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", defaultValue = "34568", description = "TCP port, 0 for a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    private String bind;

    @Option(names = "--plant", description = "Plant file, e.g. jobs/plants/demo-plant.yaml (default: built-in demo plant).")
    private Path plant;

    @Option(names = "--tls", description = "Serve HTTPS with a self-signed certificate generated at start.")
    private boolean tls;

    @Option(names = "--cert-out", description = "With --tls: write the certificate (PEM) here, e.g. for curl --cacert.")
    private Path certOut;

    @Option(names = "--user", description = "user:password for Basic auth, repeatable (default: demo:demo).")
    private List<String> users;

    @Option(names = "--max-values", defaultValue = "1000", description = "Server cap on values per variable (default: ${DEFAULT-VALUE}).")
    private int maxValues;

    @Option(names = "--late-data-lag", defaultValue = "PT0S", description = "Values younger than this are not yet visible, ISO-8601 (e.g. PT10M).")
    private Duration lag;

    @Option(names = "--now", description = "Fixed 'now' of the plant (ISO-8601 instant); default: the system clock.")
    private Instant now;

    @Option(names = "--latency-ms", defaultValue = "0", description = "Fixed latency per request.")
    private long latency;

    @Option(names = "--jitter-ms", defaultValue = "0", description = "Random extra latency per request, 0..N ms.")
    private long jitter;

    @Option(names = "--error-rate", defaultValue = "0", description = "Share of requests answered 500.")
    private double errorRate;

    @Option(names = "--too-many-rate", defaultValue = "0", description = "Share answered 429 with Retry-After.")
    private double tooManyRate;

    @Option(names = "--retry-after", defaultValue = "1", description = "Retry-After seconds of the 429s.")
    private int retryAfter;

    @Option(names = "--locked-rate", defaultValue = "0", description = "Share answered 423 Locked.")
    private double lockedRate;

    @Option(names = "--reset-rate", defaultValue = "0", description = "Share whose connection drops mid-body.")
    private double resetRate;

    @Option(names = "--truncate-rate", defaultValue = "0", description = "Share answered with truncated JSON.")
    private double truncateRate;

    @Option(names = "--fault-seed", defaultValue = "1", description = "Seed of the fault draws.")
    private long faultSeed;

    @Option(names = "--outage-after", defaultValue = "0",
            description = "Go away after answering N requests: the port closes, connections are refused (0: never).")
    private long outageAfter;

    @Option(names = "--outage-for", defaultValue = "PT30S",
            description = "How long the outage lasts, ISO-8601 (default: ${DEFAULT-VALUE}).")
    private Duration outageFor;

    @Option(names = "--threads", defaultValue = "8", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        FaultSettings faults = new FaultSettings(faultSeed, latency, jitter, errorRate, tooManyRate, retryAfter,
                lockedRate, resetRate, truncateRate, outageAfter, outageFor);
        SimulatorOptions options = SimulatorOptions.defaults().withPort(port).withBindAddress(bind)
                .withPlantFile(plant).withTls(tls).withMaxValuesCap(maxValues).withLateDataLag(lag)
                .withFaults(faults).withThreads(threads)
                .withClock(now == null ? Clock.systemUTC() : Clock.fixed(now, ZoneOffset.UTC));
        if (users != null && !users.isEmpty()) {
            options = options.withUsers(parseUsers(users));
        }
        SimulatorServer server = SimulatorServer.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "simulator-shutdown"));
        if (certOut != null && server.certificatePem().isPresent()) {
            Files.writeString(certOut, server.certificatePem().get());
            out.println("certificate written to " + certOut.toAbsolutePath());
        }
        out.printf("WinCC REST simulator, plant '%s' (%s), archives from %s%n", server.model().definition().site(),
                plant == null ? "built-in demo plant" : plant, server.model().archiveStart());
        out.println(server.baseUri());
        out.println("Basic auth users: " + String.join(", ", options.users().keySet()) + " — Ctrl-C stops.");
        out.flush();
        stopped.await();
        return 0;
    }

    private static Map<String, String> parseUsers(List<String> specs) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String s : specs) {
            int colon = s.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("--user expects user:password, got '" + s + "'");
            }
            result.put(s.substring(0, colon), s.substring(colon + 1));
        }
        return result;
    }
}
