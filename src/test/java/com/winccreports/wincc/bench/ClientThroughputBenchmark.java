package com.winccreports.wincc.bench;

import com.winccreports.simulator.SimulatorOptions;
import com.winccreports.simulator.SimulatorServer;
import com.winccreports.wincc.ArchivePage;
import com.winccreports.wincc.ArchiveValuesParser;
import com.winccreports.wincc.Credentials;
import com.winccreports.wincc.IsoTimestamps;
import com.winccreports.wincc.SourceSettings;
import com.winccreports.wincc.Ticker;
import com.winccreports.wincc.WinccClient;
import com.winccreports.wincc.WinccClientFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Values per second through the WinCC client from the embedded simulator on loopback (sequential and
 * 4 readers at once, 10,000-value pages), the same answer bytes parsed with no HTTP, and the
 * fixed-format timestamp parser against {@code Instant.parse}. Prints {@code bench/results.md} rows.
 * Arguments: {@code [days] [rounds]} (default 3 days of one 1-s tag per reader, 5 rounds; median).
 */
public final class ClientThroughputBenchmark {

    private static final String[] TAGS = {"L1.Temperature", "L1.Pressure", "L2.Temperature", "L2.Pressure"};
    private static final int PAGE = 10_000;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory
            .getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        try (SimulatorServer sim = SimulatorServer.start(SimulatorOptions.defaults().withMaxValuesCap(PAGE)
                .withClock(Clock.fixed(now, ZoneOffset.UTC)).withUsers(Map.of("bench", "bench")))) {
            WinccClient client = new WinccClientFactory(Map.of(), Ticker.system()).create(
                    SourceSettings.withDefaults("bench", sim.baseUri(), new Credentials("bench", "bench".toCharArray()))
                            .withPageSize(PAGE).withLimits(10_000, 4), null);
            Instant from = Instant.parse("2026-11-10T05:00:00Z");
            Instant to = from.plus(Duration.ofDays(days));
            read(client, from, from.plusSeconds(3600 * 6), 1); // warm-up
            double sequential = median(rounds, () -> read(client, from, to, 1));
            double parallel = median(rounds, () -> read(client, from, to, 4));
            List<byte[]> bodies = capture(sim, from, days);
            median(rounds, () -> parse(bodies)); // warm-up
            double parseOnly = median(rounds, () -> parse(bodies));
            double fixed = median(rounds, () -> timestamps(true));
            double general = median(rounds, () -> timestamps(false));
            String machine = Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version().feature();
            row("WinCC client: archive values through HTTP from the simulator, 1 reader", sequential, "", machine);
            row("WinCC client: archive values through HTTP from the simulator, 4 readers", parallel,
                    String.format("%.2f× 1 reader", parallel / sequential), machine);
            row("WinCC client: same answer bytes parsed without HTTP (streaming parse, per CPU-second)", parseOnly,
                    String.format("%.2f× HTTP, 1 reader", parseOnly / sequential), machine);
            row("WinCC client: ISO timestamps, fixed-format parser (per CPU-second)", fixed,
                    String.format("%.1f× Instant.parse", fixed / general), machine);
            row("WinCC client: ISO timestamps, Instant.parse (per CPU-second)", general, "", machine);
        }
    }

    /** Values per second reading {@code readers} tags at once over the window. */
    private static double read(WinccClient client, Instant from, Instant to, int readers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        long start = System.nanoTime();
        List<Future<Integer>> counts = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            String tag = TAGS[r];
            counts.add(pool.submit(() -> {
                int values = 0;
                var pager = client.pager("PVArchive", tag, from, to);
                for (ArchivePage page = pager.next(); page != null; page = pager.next()) {
                    values += page.size();
                }
                return values;
            }));
        }
        long total = 0;
        for (Future<Integer> count : counts) {
            total += count.get();
        }
        pool.shutdown();
        return total / ((System.nanoTime() - start) / 1e9);
    }

    /** The raw answers of the sequential read, fetched once with a plain HTTP client. */
    private static List<byte[]> capture(SimulatorServer sim, Instant from, int days) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("bench:bench".getBytes(StandardCharsets.UTF_8));
        List<byte[]> bodies = new ArrayList<>();
        for (long t = from.toEpochMilli(); t < from.plus(Duration.ofDays(days)).toEpochMilli(); t += PAGE * 1000L) {
            URI uri = URI.create(sim.baseUri() + "/tagLogging/Archive/PVArchive/Values?timeFrom="
                    + IsoTimestamps.format(t) + "&timeTo=" + IsoTimestamps.format(t + PAGE * 1000L - 1)
                    + "&maxValues=" + PAGE);
            HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", auth)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"variableNames\":[\"L1.Temperature\"]}")).build();
            bodies.add(http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body());
        }
        return bodies;
    }

    /** Values per CPU-second of this thread: on a shared machine wall time measures the neighbours. */
    private static double parse(List<byte[]> bodies) {
        ArchiveValuesParser parser = new ArchiveValuesParser(PAGE);
        long start = CPU.getCurrentThreadCpuTime();
        long values = 0;
        for (byte[] body : bodies) {
            values += ((com.winccreports.wincc.TagResult.Values) parser.parse(body).get(0)).page().size();
        }
        return values / ((CPU.getCurrentThreadCpuTime() - start) / 1e9);
    }

    private static double timestamps(boolean fixed) {
        int n = 2_000_000;
        char[][] texts = new char[1000][];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = IsoTimestamps.format(1_763_000_000_000L + i * 1000L).toCharArray();
        }
        long sink = 0;
        long start = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            char[] text = texts[i % texts.length];
            sink += fixed ? IsoTimestamps.parseMillis(text, 0, text.length)
                    : Instant.parse(new String(text)).toEpochMilli();
        }
        double rate = n / ((CPU.getCurrentThreadCpuTime() - start) / 1e9);
        return sink == 42 ? rate + 1 : rate;
    }

    private interface Measurement {
        double run() throws Exception;
    }

    private static double median(int rounds, Measurement measurement) throws Exception {
        double[] results = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            results[i] = measurement.run();
        }
        Arrays.sort(results);
        return results[rounds / 2];
    }

    private static void row(String figure, double valuesPerSecond, String ratio, String machine) {
        System.out.printf("| %s | %.2f | M values/s | %s | `bench/wincc-client` | %s | %s |%n", figure,
                valuesPerSecond / 1e6,
                ratio, machine, java.time.LocalDate.now(ZoneOffset.UTC));
    }
}
