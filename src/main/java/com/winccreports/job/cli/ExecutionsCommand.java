package com.winccreports.job.cli;

import com.winccreports.job.ExecutionSummary;
import com.winccreports.job.JobRunService;
import com.winccreports.system.HomeFolder;
import com.winccreports.system.SpringLauncher;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code executions}: recent runs with status, duration, values read and output files. */
@Command(name = "executions", mixinStandardHelpOptions = true,
        description = "Lists recent report runs: status, duration, values read, output files.")
public final class ExecutionsCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--limit", paramLabel = "N", description = "how many (default 20)")
    int limit = 20;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringLauncher.batch(HomeFolder.current(), Map.of())) {
            List<ExecutionSummary> executions = context.getBean(JobRunService.class).executions(limit);
            System.out.printf(Locale.ROOT, "%-6s %-16s %-24s %-6s %-3s %-10s %-19s %9s %13s%n", "EXEC", "JOB",
                    "PERIOD", "LINES", "V", "STATUS", "STARTED", "SECONDS", "VALUES");
            for (ExecutionSummary e : executions) {
                System.out.printf(Locale.ROOT, "%-6d %-16s %-24s %-6s v%-2d %-10s %-19s %9.1f %,13d%n",
                        e.executionId(), e.job(), e.period(), e.lines(), e.version(), e.status(),
                        e.started() == null ? "-" : TIME.format(e.started().atZone(ZoneId.systemDefault())),
                        e.duration().toMillis() / 1000.0, e.valuesRead());
                e.outputFiles().forEach(file -> System.out.println("       " + file));
            }
            return 0;
        }
    }
}
