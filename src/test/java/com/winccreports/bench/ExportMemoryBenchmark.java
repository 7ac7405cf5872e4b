package com.winccreports.bench;

import java.util.Optional;
import com.winccreports.shift.aggregate.TagKind;
import com.winccreports.shift.aggregate.Interpolation;
import com.winccreports.definition.ExportSection;
import com.winccreports.recordexport.plan.ExportSectionPlan;
import com.winccreports.recordexport.plan.ExportSpec;
import com.winccreports.recordexport.plan.ExportTag;
import com.winccreports.recordexport.rows.TagCursor;
import com.winccreports.recordexport.rows.TagSummary;
import com.winccreports.recordexport.staging.ExportStagingSchema;
import com.winccreports.recordexport.staging.ExportStore;
import com.winccreports.recordexport.write.CsvWriter;
import com.winccreports.recordexport.write.SectionFiles;
import com.winccreports.recordexport.write.ValueText;
import com.winccreports.recordexport.write.XlsxExport;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.wincc.ArchivePage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Memory of the export's publish path at scale: stages {@code values} synthetic 1-s values of {@code tags} tags
 * in an H2 file database (the real staging: {@code ExportStore}, binary blocks of 10,000 values), then writes the
 * raw export from them exactly as the publish step does — per-tag cursors merged in time order into the CSV
 * (and, with {@code xlsx}, the workbook), every block also feeding the tag's summary statistics. Run one size per
 * fresh JVM with a fixed {@code -Xmx} (bench/export-memory: 1 M and 50 M values under -Xmx512m); memory is
 * constant when the live heap of the large run stays within 1.2 × that of the small one.
 *
 * <p>Arguments: values, tags, csv|csv+xlsx, work folder. Prints {@code RESULT {json}}.
 */
public final class ExportMemoryBenchmark {

    private static final int PAGE = 10_000;

    private ExportMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long values = Long.parseLong(args[0]);
        int tagCount = Integer.parseInt(args[1]);
        boolean xlsx = args[2].contains("xlsx");
        Path work = Files.createDirectories(Path.of(args[3]));
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:file:"
                + work.resolve("export-bench-" + values) + ";WRITE_DELAY=0");
        ExportStagingSchema.create(dataSource);
        ExportStore store = new ExportStore(new JdbcTemplate(dataSource));
        TagProfile profile = TagProfile.of(TagKind.ANALOG, Interpolation.LINEAR, Duration.ofSeconds(3));
        List<ExportTag> tags = new ArrayList<>();
        for (int i = 0; i < tagCount; i++) {
            tags.add(new ExportTag(i, "L1.Tag" + i, "PVArchive", Optional.of(Duration.ofSeconds(1)), profile, true));
        }
        long perTag = values / tagCount;
        long from = Instant.parse("2026-11-01T00:00:00Z").toEpochMilli();
        long stageStart = System.nanoTime();
        stage(store, tags, perTag, from);
        double stageSeconds = (System.nanoTime() - stageStart) / 1e9;

        RendererBenchmark.HeapSampler sampler = new RendererBenchmark.HeapSampler();
        sampler.start();
        FullGcSampler fullGc = new FullGcSampler();
        fullGc.start();
        long start = System.nanoTime();
        ExportSectionPlan section = new ExportSectionPlan(0, "bench", Instant.ofEpochMilli(from),
                Instant.ofEpochMilli(from + perTag * 1000), tags.stream().map(ExportTag::index).toList(), null, false,
                Map.of(), Map.of(), List.of());
        ExportSpec spec = ExportSpec.of(new ExportSection("raw", null, null, null, null, null, null, null, null), List.of());
        Path csvFile = work.resolve("export-bench-" + values + ".csv");
        long rows;
        try (CsvWriter csv = new CsvWriter(csvFile);
                XlsxExport workbook = xlsx ? new XlsxExport(section.to()) : null) {
            List<TagSummary> summaries = new SectionFiles(spec, new ValueText(ZoneId.of("Europe/Berlin")))
                    .values(section, tags, (tag, onBlock) -> new TagCursor(store, 1, tag, List.of(0), onBlock), csv,
                            workbook);
            summaries.forEach(s -> s.finish(null));
            if (workbook != null) {
                workbook.write(work.resolve("export-bench-" + values + ".xlsx"));
            }
            rows = csv.records() - 1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.finish();
        fullGc.finish();
        System.out.printf(java.util.Locale.ROOT, "RESULT {\"values\":%d,\"tags\":%d,\"rows\":%d,\"stage_seconds\":%.1f,"
                + "\"seconds\":%.1f,\"values_per_s\":%.0f,\"live_heap_mb\":%.1f,\"full_gcs\":%d,"
                + "\"live_heap_after_young_gc_mb\":%.1f,\"peak_heap_mb\":%.1f,"
                + "\"xmx_mb\":%d,\"csv_mb\":%.0f}%n", values, tagCount, rows, stageSeconds, seconds, rows / seconds,
                fullGc.live.get() / 1048576.0, fullGc.samples.get(),
                sampler.live.get() / 1048576.0, sampler.peak.get() / 1048576.0,
                Runtime.getRuntime().maxMemory() >> 20, Files.size(csvFile) / 1048576.0);
    }

    /**
     * The live heap as a full GC finds it: every 250 ms a {@code System.gc()}, then the heap that collection left
     * as the collector reports it (not what the writer allocated since). The occupancy
     * after young collections ({@link RendererBenchmark.HeapSampler}) depends on what is in flight when one comes
     * and missed the old generation of a run of two seconds (1 M values), so the two sizes are compared by this.
     */
    static final class FullGcSampler extends Thread {

        final AtomicLong live = new AtomicLong();
        final AtomicInteger samples = new AtomicInteger();
        private final CountDownLatch done = new CountDownLatch(1);

        FullGcSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            do {
                System.gc();
                live.accumulateAndGet(afterLastFullGc(), Math::max);
                samples.incrementAndGet();
            } while (!await(250));
        }

        /** The heap the last full collection left (as the collector reports it, not what was allocated since). */
        private static long afterLastFullGc() {
            long live = 0;
            for (var bean : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (bean instanceof com.sun.management.GarbageCollectorMXBean gc && gc.getLastGcInfo() != null
                        && !bean.getName().contains("Young")) {
                    live = Math.max(live, gc.getLastGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> !e.getKey().contains("Metaspace") && !e.getKey().contains("Code")
                                    && !e.getKey().contains("Class"))
                            .mapToLong(e -> e.getValue().getUsed()).sum());
                }
            }
            return live;
        }

        private boolean await(long millis) {
            try {
                return done.await(millis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return true;
            }
        }

        void finish() throws InterruptedException {
            done.countDown();
            join();
        }
    }

    /** Pages of 10,000 values per tag, a random walk each, staged in chunks as the read step stages them. */
    private static void stage(ExportStore store, List<ExportTag> tags, long perTag, long from) {
        Random random = new Random(1);
        double[] level = new double[tags.size()];
        for (int seq = 0; (long) seq * PAGE < perTag; seq++) {
            List<ExportStore.Block> blocks = new ArrayList<>();
            int n = (int) Math.min(PAGE, perTag - (long) seq * PAGE);
            for (ExportTag tag : tags) {
                long[] ts = new long[n];
                double[] v = new double[n];
                int[] q = new int[n];
                for (int i = 0; i < n; i++) {
                    ts[i] = from + ((long) seq * PAGE + i) * 1000;
                    level[tag.index()] += random.nextGaussian() * 0.01;
                    v[i] = Math.round((70 + level[tag.index()]) * 1000) / 1000.0;
                    q[i] = 0xC0;
                }
                blocks.add(new ExportStore.Block(0, tag.index(), seq, new ArchivePage(tag.name(), ts, v, q)));
            }
            store.replaceBlocks(1, blocks);
        }
    }
}
