package com.winccreports.job.cli;

import com.winccreports.definition.Definitions;
import com.winccreports.definition.JobDefinition;
import com.winccreports.definition.SiteDefinition;
import com.winccreports.job.RunAdmission;
import com.winccreports.job.RunCheck;
import com.winccreports.job.RunOptions;
import com.winccreports.period.PeriodKind;
import com.winccreports.period.ReportPeriod;
import com.winccreports.system.HomeConfiguration;
import com.winccreports.system.HomeFolder;
import com.winccreports.system.InvalidInputException;
import com.winccreports.system.SafeName;
import com.winccreports.system.cli.CliContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code run <job> [--day D | --from T --to T | --batch ID] [--line L]... [--reissue]}: runs a job once and waits.
 * Everything that can be checked without WinCC and the database — definitions, names, the period, the
 * templates — is checked first ({@link RunAdmission}), so a refused run writes nothing, not even a database.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a report job for one period and publishes it under output/<job>/<period>/v<n>/.",
            "A period that has not ended is published as a preliminary report in output/<job>/<period>/preliminary/.",
            "SIGTERM or Ctrl-C stops it at its next commit; restart continues it.",
            "Exit codes: 0 published, 2 published with incomplete data or preliminary, 3 failed or stopped "
                + "(restartable), 4 refused (invalid input, definitions, templates or configuration)."})
public final class RunCommand implements Callable<Integer> {

    /** The check of a job's kind, made before Spring starts; the composition root provides them. */
    private final BiFunction<HomeFolder, JobDefinition, RunCheck> checks;

    @Spec
    CommandSpec spec;

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

    /** Checks only what is common to every kind of job; the run service checks each kind's own. */
    public RunCommand() {
        this((home, definition) -> RunCheck.NONE);
    }

    /** With each kind's check before the context starts ({@code wincc-reports run} gets the product's). */
    public RunCommand(BiFunction<HomeFolder, JobDefinition, RunCheck> checks) {
        this.checks = checks;
    }

    @Override
    public Integer call() {
        CliContext cli = CliContext.of(spec);
        HomeFolder home = cli.home();
        SafeName.check("job name", job);
        if (gridSize != null && (gridSize < 1 || gridSize > 64)) {
            throw new InvalidInputException("--grid-size " + gridSize + " is out of range: 1 to 64");
        }
        Definitions definitions = Definitions.load(home);
        RunAdmission admission = new RunAdmission(home, cli.clock(), new HomeConfiguration(home, Map.of()).sourceNames(),
                definition -> checks.apply(home, definition));
        ReportPeriod period = batch != null ? batchOnly() : period(definitions, cli);
        RunAdmission.Admitted admitted = null;
        if (period == null) {
            // a batch's span comes from the batch-record user archive: all else is checked now, the span by the run
            admission.admitBatch(definitions, job, lines);
        } else {
            admitted = admission.admit(definitions, job, period, lines);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        if (gridSize != null) {
            properties.put("wincc-reports.job.grid-size", gridSize);
        }
        cli.out().println("Running " + job + " for " + (period == null ? "batch " + batch
                : period.label() + " [" + period.from() + ", " + period.to() + ")")
                + (lines.isEmpty() ? "" : " lines " + lines) + (reissue ? " (re-issue)" : "")
                + (admitted != null && admitted.preliminary() ? " — PRELIMINARY: the period has not ended yet" : ""));
        return MonitoredRun.execute(cli, home, properties, (context, service, progress) -> service.run(job, period,
                new RunOptions(lines, reissue, null, progress).withBatch(batch)));
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
        SafeName.check("batch", batch);
        if (day != null || from != null || to != null) {
            throw new InvalidInputException("give --batch alone, without --day or --from/--to");
        }
        return null;
    }

    private ReportPeriod period(Definitions definitions, CliContext cli) {
        var site = definitions.siteOf(definitions.job(job));
        if (from != null || to != null) {
            if (from == null || to == null || day != null) {
                throw new InvalidInputException("give --from and --to together, without --day");
            }
            if (!from.isBefore(to)) {
                throw new InvalidInputException("--from " + from + " must be before --to " + to);
            }
            return labelled(site, from, to);
        }
        return day != null ? site.periods().productionDay(day)
                : site.periods().latestEndedBy(PeriodKind.PRODUCTION_DAY, cli.clock().instant());
    }
}
