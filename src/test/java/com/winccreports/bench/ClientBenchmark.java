package com.winccreports.bench;

import com.winccreports.wincc.ArchivePage;
import com.winccreports.wincc.Credentials;
import com.winccreports.wincc.SourceSettings;
import com.winccreports.wincc.Ticker;
import com.winccreports.wincc.WinccClient;
import com.winccreports.wincc.WinccClientFactory;
import com.winccreports.wincc.WindowPager;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client-alone figure: the same plan as {@link FloorBenchmark}, read through the product's
 * {@link WinccClient} ({@link WindowPager}, streaming parse into {@link ArchivePage} columns, throttle,
 * retries) — no aggregation, no persistence.
 * <p>Options: those of the floor, plus {@code --max-requests-per-second 1000} (the throttle; the product's
 * default of 20 would bound a loopback run, see docs/benchmarks.md).
 */
public final class ClientBenchmark {

    private ClientBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        List<TagWindow> plan = TagWindow.plan(options.tags(), options.instant("from"), options.instant("to"),
                options.duration("slice", Duration.ofHours(8)));
        int concurrency = options.integer("concurrency", 4);
        String figure = options.text("figure", "client");
        SourceSettings settings = SourceSettings.withDefaults("bench", URI.create(options.text("base-url")),
                        new Credentials(options.text("user", "demo"), options.text("password", "demo").toCharArray()))
                .withPageSize(options.integer("page-size", 10_000))
                .withLimits(options.integer("max-requests-per-second", 1000), concurrency);
        WinccClient client = new WinccClientFactory(Map.of(), Ticker.system()).create(settings, null);
        AtomicLong requests = new AtomicLong();
        List<BenchPass.Outcome> passes = new ArrayList<>();
        for (int i = 0; i < options.integer("passes", 4); i++) {
            BenchPass.Outcome outcome = BenchPass.run(plan, concurrency, () -> window -> read(client, window, requests));
            BenchReport.pass(figure, i + 1, outcome);
            passes.add(outcome);
        }
        BenchReport.print(figure, passes, requests.get() / passes.size());
    }

    private static long read(WinccClient client, TagWindow window, AtomicLong requests) {
        WindowPager pager = client.pager(window.archive(), window.tag(), Instant.ofEpochMilli(window.fromMillis()),
                Instant.ofEpochMilli(window.toMillis()));
        long values = 0;
        double checksum = 0;
        for (ArchivePage page = pager.next(); page != null; page = pager.next()) {
            values += page.size();
            checksum += page.values()[page.size() - 1];
        }
        requests.addAndGet(pager.requests());
        return checksum == Double.MIN_VALUE ? values + 1 : values;
    }
}
