package com.winccreports.job.cli;

import com.winccreports.job.ExecutionSummary;
import com.winccreports.job.JobRunService;
import com.winccreports.system.ExitCode;
import com.winccreports.system.InvalidInputException;
import com.winccreports.system.SpringLauncher;
import com.winccreports.system.cli.CliContext;
import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code executions}: recent runs with status, duration, values read and output files. */
@Command(name = "executions", mixinStandardHelpOptions = true,
        description = "Lists recent report runs: status, duration, values read, output files.")
public final class ExecutionsCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", description = "how many (default 20)")
    int limit = 20;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new InvalidInputException("--limit " + limit + " must be at least 1");
        }
        CliContext cli = CliContext.of(spec);
        PrintStream out = cli.out();
        try (ConfigurableApplicationContext context = SpringLauncher.batch(cli.home(), cli.clock(), Map.of())) {
            List<ExecutionSummary> executions = context.getBean(JobRunService.class).executions(limit);
            out.printf(Locale.ROOT, "%-6s %-16s %-24s %-6s %-3s %-10s %-19s %9s %13s%n", "EXEC", "JOB",
                    "PERIOD", "LINES", "V", "STATUS", "STARTED", "SECONDS", "VALUES");
            for (ExecutionSummary e : executions) {
                out.printf(Locale.ROOT, "%-6d %-16s %-24s %-6s %-3s %-10s %-19s %9.1f %,13d%n",
                        e.executionId(), e.job(), e.period(), e.lines(), e.version() == 0 ? "pre" : "v" + e.version(),
                        e.status(),
                        e.started() == null ? "-" : TIME.format(e.started().atZone(ZoneId.systemDefault())),
                        e.duration().toMillis() / 1000.0, e.valuesRead());
                e.outputFiles().forEach(file -> out.println("       " + file));
            }
            return ExitCode.OK.code();
        }
    }
}
