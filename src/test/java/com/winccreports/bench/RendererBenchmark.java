package com.winccreports.bench;

import com.winccreports.render.ReportMessages;
import com.winccreports.render.excel.ExcelRenderOptions;
import com.winccreports.render.excel.ExcelReportRenderer;
import com.winccreports.render.excel.ExcelTemplate;
import com.winccreports.render.pdf.PdfLayout;
import com.winccreports.render.pdf.PdfReportRenderer;
import com.winccreports.render.pdf.PdfSection;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.demo.DemoReportOptions;
import com.winccreports.report.demo.DemoShiftReports;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Renderer throughput and memory: the demo report with a streamed raw-value table of N rows, rendered to
 * Excel (full template, charts, SXSSF table split at the row limit) or to PDF (the table printed in
 * portions). Run one size per fresh JVM with a fixed {@code -Xmx}; compare the live heap of two sizes.
 *
 * <pre>java -Xmx128m -cp ... com.winccreports.bench.RendererBenchmark excel|pdf ROWS [ROW_LIMIT]</pre>
 *
 * Prints {@code RESULT {json}}: rows, seconds, rows_per_s, cpu_seconds, rows_per_cpu_s, live_heap_mb (largest heap occupancy right
 * after a GC), peak_heap_mb (largest sampled use, garbage included), xmx_mb, file_mb, sheets.
 */
public final class RendererBenchmark {

    private static final Path TEMPLATES = Path.of("report-templates");

    private RendererBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String format = args[0];
        long rows = Long.parseLong(args[1]);
        int rowLimit = args.length > 2 ? Integer.parseInt(args[2]) : ExcelRenderOptions.EXCEL_MAX_ROWS;
        ShiftReport full = DemoShiftReports.create(DemoReportOptions.defaults().withRawRows(rows));
        ShiftReport report = full.withTables(List.of(full.table("raw").orElseThrow()));
        ReportMessages messages = ReportMessages.load(TEMPLATES, Locale.ENGLISH);
        Path out = Files.createTempFile("renderer-bench", "excel".equals(format) ? ".xlsx" : ".pdf");
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        int sheets = 0;
        if ("excel".equals(format)) {
            ExcelTemplate template = ExcelTemplate.load(TEMPLATES.resolve("shift-report.xlsx"));
            sheets = new ExcelReportRenderer(ExcelRenderOptions.defaults().withRowLimit(rowLimit))
                    .render(report, template, messages, out).sheets().size();
        } else {
            PdfLayout layout = new PdfLayout("bench", null, null, Map.of(), "",
                    List.of(PdfSection.of("cover"), new PdfSection("data-table", null, null, null, null, "raw", 0,
                            true)), TEMPLATES);
            sheets = new PdfReportRenderer().render(report, layout, messages, out).pages();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;
        sampler.finish();
        long bytes = Files.size(out);
        Files.delete(out);
        System.out.println(String.format(Locale.ROOT, "RESULT {\"format\":\"%s\",\"rows\":%d,\"row_limit\":%d,"
                + "\"seconds\":%.2f,\"rows_per_s\":%.0f,\"cpu_seconds\":%.2f,\"rows_per_cpu_s\":%.0f,\"live_heap_mb\":%.1f,\"peak_heap_mb\":%.1f,\"xmx_mb\":%d,"
                + "\"file_mb\":%.1f,\"%s\":%d}", format, rows, rowLimit, seconds, rows / seconds, cpuSeconds, rows / cpuSeconds,
                sampler.live.get() / 1048576.0, sampler.peak.get() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576, bytes / 1048576.0, "excel".equals(format) ? "sheets"
                        : "pages", sheets));
    }

    /** CPU time of the whole JVM (all threads, GC included): a figure the load of a shared machine distorts less. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Samples heap use every 10 ms: the peak, and the largest occupancy measured right after a GC. */
    static final class HeapSampler extends Thread {

        final AtomicLong live = new AtomicLong();
        final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            while (running) {
                long used = 0;
                long afterGc = 0;
                for (MemoryPoolMXBean pool : pools) {
                    used += pool.getUsage().getUsed();
                    if (pool.getCollectionUsage() != null && !pool.getName().contains("Eden")) {
                        afterGc += pool.getCollectionUsage().getUsed();
                    }
                }
                peak.accumulateAndGet(used, Math::max);
                live.accumulateAndGet(afterGc, Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void finish() throws InterruptedException {
            running = false;
            join();
        }
    }
}
