package com.winccreports.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor figure: the archive pages the shift report job reads — same tags, period, (tag × slice) cut,
 * page size and concurrency — fetched with the JDK {@link HttpClient}, parsed by Jackson's streaming
 * parser into primitive arrays and dropped. Written apart from the product's client on purpose.
 * <p>Options: {@code --base-url --user --password --tags archive/tag,... --from --to} (ISO instants),
 * {@code --slice PT8H --page-size 10000 --concurrency 4 --passes 4 --figure floor}.
 */
public final class FloorBenchmark {

    private FloorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        List<TagWindow> plan = TagWindow.plan(options.tags(), options.instant("from"), options.instant("to"),
                options.duration("slice", Duration.ofHours(8)));
        int concurrency = options.integer("concurrency", 4);
        int pageSize = options.integer("page-size", 10_000);
        String figure = options.text("figure", "floor");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        AtomicLong requests = new AtomicLong();
        List<FloorReader> readers = new ArrayList<>();
        List<BenchPass.Outcome> passes = new ArrayList<>();
        for (int i = 0; i < options.integer("passes", 4); i++) {
            BenchPass.Outcome outcome = BenchPass.run(plan, concurrency, () -> {
                FloorReader reader = new FloorReader(http, options.text("base-url"), options.text("user", "demo"),
                        options.text("password", "demo"), pageSize);
                readers.add(reader);
                return reader::read;
            });
            BenchReport.pass(figure, i + 1, outcome);
            passes.add(outcome);
        }
        double checksum = 0;
        for (FloorReader reader : readers) {
            requests.addAndGet(reader.requests);
            checksum += reader.checksum;
        }
        System.out.println("checksum " + checksum + " over " + plan.size() + " windows");
        BenchReport.print(figure, passes, requests.get() / passes.size());
    }
}
