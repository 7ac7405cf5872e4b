package com.winccreports.bench;

import com.winccreports.definition.ReportSection;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.demo.DemoReportOptions;
import com.winccreports.report.demo.DemoShiftReports;
import com.winccreports.shiftreport.publish.TemplateReportRenderer;
import com.winccreports.system.HomeFolder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Publishing one line in a warm JVM: the demo day's report of one line (a production day, one-minute trends,
 * three shifts; no raw-value table, like the job's) rendered to Excel and PDF by the publish step's renderer
 * ({@link TemplateReportRenderer}: the job's template and layout from the home folder) {@code --runs} times in
 * one JVM, one after the other.
 * Compare builds by running this JVM for each in turn (interleaved pairs): the machine is shared, so only
 * ratios from one session mean anything.
 *
 * <pre>(cd HOME &amp;&amp; java -cp ... com.winccreports.bench.PublishBenchmark --runs 50 --warmup 20)</pre>
 *
 * HOME holds {@code jobs/} and {@code report-templates/} (the repository root will do). Prints
 * {@code RESULT {json}}: runs after the warm-up, median seconds per line (Excel + PDF), median CPU seconds of the
 * rendering thread per line (what a loaded machine distorts least; GC threads not counted), and the medians of
 * Excel and PDF alone.
 */
public final class PublishBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PublishBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        int runs = options.integer("runs", 30);
        int warmup = options.integer("warmup", 10);
        ShiftReport report = DemoShiftReports.create(DemoReportOptions.defaults().withDay(LocalDate.of(2026, 11, 24)))
                .withTables(List.of());   // as the job's: no raw-value table
        ReportSection section = new ReportSection("report-templates/shift-report.xlsx",
                "report-templates/shift-report.pdf-layout.yaml", null, "en");
        TemplateReportRenderer renderer = new TemplateReportRenderer(new HomeFolder(Path.of("").toAbsolutePath()));
        Path folder = Files.createTempDirectory("publish-bench");
        double[] excel = new double[runs];
        double[] pdf = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStarted = THREADS.getCurrentThreadCpuTime();
            excel[i] = timed(() -> renderer.render(report, section, ReportSection.ReportFormat.XLSX,
                    folder.resolve("line.xlsx")));
            pdf[i] = timed(() -> renderer.render(report, section, ReportSection.ReportFormat.PDF,
                    folder.resolve("line.pdf")));
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
        }
        for (Path file : List.of(folder.resolve("line.xlsx"), folder.resolve("line.pdf"))) {
            Files.deleteIfExists(file);
        }
        Files.delete(folder);
        double[] total = new double[runs];
        Arrays.setAll(total, i -> excel[i] + pdf[i]);
        System.out.println(String.format(Locale.ROOT, "RESULT {\"figure\":\"%s\",\"runs\":%d,\"warmup\":%d,"
                + "\"seconds_per_line\":%.4f,\"cpu_seconds_per_line\":%.4f,\"excel_seconds\":%.4f,"
                + "\"pdf_seconds\":%.4f,\"cold_seconds\":%.3f}", options.text("figure", "publish"), runs - warmup,
                warmup, median(total, warmup), median(cpu, warmup), median(excel, warmup), median(pdf, warmup),
                total[0]));
    }

    private interface Render {
        void run() throws Exception;
    }

    private static double timed(Render render) throws Exception {
        long started = System.nanoTime();
        render.run();
        return (System.nanoTime() - started) / 1e9;
    }

    private static double median(double[] values, int skip) {
        double[] warm = Arrays.copyOfRange(values, Math.min(skip, values.length - 1), values.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }
}
