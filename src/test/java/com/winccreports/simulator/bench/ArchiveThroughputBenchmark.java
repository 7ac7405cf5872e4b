package com.winccreports.simulator.bench;

import com.winccreports.simulator.SimulatorOptions;
import com.winccreports.simulator.SimulatorServer;
import com.winccreports.simulator.plant.TagRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Archive values served per second on loopback: N clients (default 4) page through 1-s tags with
 * {@code maxValues=1000}, read and discard the bodies. Run by {@code bench/run}; prints one result line.
 * Arguments: {@code [plantFile] [clients] [roundSeconds] [rounds]}.
 */
public final class ArchiveThroughputBenchmark {

    private static final long PAGE = 1000;
    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    public static void main(String[] args) throws Exception {
        Path plant = Path.of(args.length > 0 ? args[0] : "jobs/plants/bench-plant.yaml");
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        SimulatorOptions options = SimulatorOptions.defaults()
                .withPlantFile(Files.exists(plant) ? plant : null)
                .withClock(Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC));
        try (SimulatorServer sim = SimulatorServer.start(options)) {
            List<TagRef> tags = new ArrayList<>();
            for (TagRef tag : sim.model().archive("PVArchive").orElseThrow().tags()) {
                if (!tag.kind().onChange()) {
                    tags.add(tag);
                }
            }
            System.out.printf("plant %s, %d cyclic PVArchive tags, %d clients, pages of %d values%n",
                    sim.model().definition().site(), tags.size(), clients, PAGE);
            run(sim, tags, clients, 8, new double[1], 0); // warm-up: JIT and the plans of the window
            double[] results = new double[rounds];
            double[] perCpu = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                long cpu = processCpuNanos();
                long values = run(sim, tags, clients, seconds, results, r);
                perCpu[r] = values / ((processCpuNanos() - cpu) / 1e9);
                System.out.printf("round %d: %.2f M values/s, %.2f M values per CPU-second (server + clients)%n",
                        r + 1, results[r] / 1e6, perCpu[r] / 1e6);
            }
            Arrays.sort(results);
            Arrays.sort(perCpu);
            System.out.printf("RESULT archive values served: %.2f M values/s (median of %d rounds, min %.2f, max %.2f);"
                    + " %.2f M values per CPU-second; load average %.1f on %d cores%n", results[rounds / 2] / 1e6, rounds,
                    results[0] / 1e6, results[rounds - 1] / 1e6, perCpu[rounds / 2] / 1e6,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        }
    }

    /** CPU time of this process (server and clients share it), or 0 where the JVM cannot tell. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Runs one round; stores values/s in {@code rates[round]} and returns the values read. */
    private static long run(SimulatorServer sim, List<TagRef> tags, int clients, int seconds, double[] rates, int round)
            throws InterruptedException {
        LongAdder values = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> page(sim, tags, client, values, stop), "bench-client-" + c);
            threads.add(t);
        }
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        rates[round] = values.sum() / elapsed;
        return values.sum();
    }

    private static void page(SimulatorServer sim, List<TagRef> tags, int client, LongAdder values, AtomicBoolean stop) {
        String auth = "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8));
        long windowStart = Instant.parse("2026-10-01T00:00:00Z").getEpochSecond() + client * 7L * 86400;
        long t = windowStart;
        byte[] buffer = new byte[1 << 16];
        int request = 0;
        while (!stop.get()) {
            TagRef tag = tags.get((client * 7 + request++) % tags.size());
            String query = "?timeFrom=" + Instant.ofEpochSecond(t) + "&timeTo=" + Instant.ofEpochSecond(t + PAGE - 1)
                    + "&maxValues=" + PAGE;
            values.add(post(sim.baseUri() + "/tagLogging/Archive/PVArchive/Values" + query,
                    "{\"variableNames\":[\"" + tag.name() + "\"]}", auth, buffer));
            t += PAGE;
            if (t > windowStart + 28L * 86400) {
                t = windowStart;
            }
        }
    }

    /** Counts '}' bytes eight at a time (SWAR), so counting costs the client little next to reading. */
    static long countBraces(byte[] b, int n) {
        long count = 0;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long x = (long) LONGS.get(b, i) ^ 0x7d7d7d7d7d7d7d7dL;
            long t = (x & 0x7f7f7f7f7f7f7f7fL) + 0x7f7f7f7f7f7f7f7fL;
            count += Long.bitCount(~(t | x | 0x7f7f7f7f7f7f7f7fL));
        }
        for (; i < n; i++) {
            count += b[i] == '}' ? 1 : 0;
        }
        return count;
    }

    /** Posts, reads the whole body and counts the values in it (one '}' per value plus one per item). */
    private static long post(String url, String body, String auth, byte[] buffer) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Authorization", auth);
            connection.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
            long braces = 0;
            try (InputStream in = connection.getInputStream()) {
                for (int n = in.readNBytes(buffer, 0, buffer.length); n > 0; n = in.readNBytes(buffer, 0, buffer.length)) {
                    braces += countBraces(buffer, n);
                }
            }
            return Math.max(0, braces - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
