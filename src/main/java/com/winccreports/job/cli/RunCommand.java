package com.winccreports.job.cli;

import com.winccreports.definition.Definitions;
import com.winccreports.definition.InvalidDefinitionException;
import com.winccreports.definition.SiteDefinition;
import com.winccreports.job.JobRunService;
import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import com.winccreports.period.PeriodKind;
import com.winccreports.period.ReportPeriod;
import com.winccreports.system.HomeFolder;
import com.winccreports.system.SpringLauncher;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code run <job> [--day D | --from T --to T | --batch ID] [--line L]... [--reissue]}: runs a job once and waits. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a report job for one period and publishes it under output/<job>/<period>/v<n>/.",
            "Exit codes: 0 published, 2 published with incomplete data, 3 failed (restartable), 4 invalid input."})
public final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "JOB", description = "job definition: jobs/<JOB>.yaml, e.g. shift-report")
    String job;

    @Option(names = "--day", paramLabel = "YYYY-MM-DD",
            description = "production day (site time zone); default: the last complete one")
    LocalDate day;

    @Option(names = "--from", paramLabel = "INSTANT", description = "start of an arbitrary period (ISO-8601 UTC)")
    Instant from;

    @Option(names = "--to", paramLabel = "INSTANT", description = "end (exclusive) of an arbitrary period")
    Instant to;

    @Option(names = "--batch", paramLabel = "ID",
            description = "export jobs: the span of this batch (batch id or record ID in the batch-record user archive)")
    String batch;

    @Option(names = "--line", paramLabel = "LINE", description = "report only this line (repeatable)")
    List<String> lines = new ArrayList<>();

    @Option(names = "--reissue", description = "publish a new version of a period already reported (the old one is kept, marked superseded)")
    boolean reissue;

    @Option(names = "--grid-size", paramLabel = "N", description = "partitions read in parallel (default: the job's partitioning.gridSize)")
    Integer gridSize;

    @Override
    public Integer call() {
        HomeFolder home = HomeFolder.current();
        ReportPeriod period;
        try {
            period = batch != null ? batchOnly() : period(Definitions.load(home));
        } catch (InvalidDefinitionException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return RunOutcome.Status.REFUSED.exitCode();
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        if (gridSize != null) {
            properties.put("wincc-reports.job.grid-size", gridSize);
        }
        System.out.println("Running " + job + " for " + (period == null ? "batch " + batch
                : period.label() + " [" + period.from() + ", " + period.to() + ")")
                + (lines.isEmpty() ? "" : " lines " + lines) + (reissue ? " (re-issue)" : ""));
        try (ConfigurableApplicationContext context = SpringLauncher.batch(home, properties);
                ConsoleProgress progress = new ConsoleProgress(System.out, System.console() != null)) {
            RunOutcome outcome = context.getBean(JobRunService.class).run(job, period,
                    new RunOptions(lines, reissue, null, progress).withBatch(batch));
            progress.close();
            return OutcomePrinter.print(outcome, progress, System.out, System.err);
        }
    }

    /**
     * {@code [from, to)} under the scheduler's label when it is exactly one shift, production day, week or month
     * of the site — so an on-demand run of a shift lands in the folder (and job instance) the nightly service
     * uses, and is adopted instead of being reported twice. Any other range is labelled by its UTC ends.
     */
    static ReportPeriod labelled(SiteDefinition site, Instant from, Instant to) {
        return site.periods().exactly(from, to);
    }

    /** A batch run: the kind finds the period from the batch record; --day and --from/--to do not go with it. */
    private ReportPeriod batchOnly() {
        if (day != null || from != null || to != null) {
            throw new IllegalArgumentException("give --batch alone, without --day or --from/--to");
        }
        return null;
    }

    private ReportPeriod period(Definitions definitions) {
        var site = definitions.siteOf(definitions.job(job));
        if (from != null || to != null) {
            if (from == null || to == null || day != null) {
                throw new IllegalArgumentException("give --from and --to together, without --day");
            }
            return labelled(site, from, to);
        }
        return day != null ? site.periods().productionDay(day)
                : site.periods().latestEndedBy(PeriodKind.PRODUCTION_DAY, Instant.now());
    }
}
