package com.winccreports;

import com.winccreports.definition.JobDefinition;
import com.winccreports.job.RunCheck;
import com.winccreports.job.cli.RunCommand;
import com.winccreports.shiftreport.ShiftReportCheck;
import com.winccreports.shiftreport.publish.TemplateReportRenderer;
import com.winccreports.system.CliLogging;
import com.winccreports.system.ConsoleLogFilter;
import com.winccreports.system.HomeFolder;
import com.winccreports.system.InvalidInputException;
import com.winccreports.system.cli.CliContext;
import com.winccreports.system.cli.FailureHandler;
import com.winccreports.system.cli.UsageErrorHandler;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Root of the command line; each verb lives in the package of its feature. Every verb ends with a code of
 * {@link com.winccreports.system.ExitCode}: a usage error is 4 with one line and a pointer to {@code --help},
 * an exception escaping a verb one line ({@link FailureHandler}) with its trace in the log file.
 */
@Command(name = "wincc-reports", mixinStandardHelpOptions = true, version = "wincc-reports 0.1.0",
        description = "Shift reports and production-record exports from WinCC archives.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:published (or done)", "2:published, but some data is incomplete, or preliminary",
            "3:failed or stopped: restart continues it", "4:refused: invalid arguments, definitions, templates or "
                + "configuration, or already reported"},
        subcommands = {CommandLine.HelpCommand.class,
                com.winccreports.simulator.SimulatorCommand.class,
                com.winccreports.job.cli.RunCommand.class, com.winccreports.job.cli.RestartCommand.class, com.winccreports.job.cli.StopCommand.class, com.winccreports.job.cli.ExecutionsCommand.class,
                com.winccreports.schedule.ServeCommand.class, com.winccreports.schedule.SchedulesCommand.class,
                com.winccreports.shiftreport.templates.TemplatesCommand.class,
                com.winccreports.security.cli.HashPasswordCommand.class, com.winccreports.audit.cli.AuditCommand.class,
                com.winccreports.publication.VerifyCommand.class})
public final class Cli {

    /** Verbs that print their own console lines: log output there is brief (warnings of the product only). */
    private static final Set<String> FULL_CONSOLE = Set.of("serve", "simulator");

    private final CliContext context;

    public Cli() {
        this(CliContext.system());
    }

    Cli(CliContext context) {
        this.context = context;
    }

    /** The environment, clock and console this command line runs with. */
    public CliContext context() {
        return context;
    }

    /** Runs the command line of the process. */
    public static int execute(String... args) {
        return execute(CliContext.system(), args);
    }

    /** Runs a command line in {@code context}: its home folder, clock and console. */
    public static int execute(CliContext context, String... args) {
        CommandLine commandLine = new CommandLine(new Cli(context), new Verbs());
        commandLine.setOut(new PrintWriter(context.out(), true));
        commandLine.setErr(new PrintWriter(context.err(), true));
        commandLine.registerConverter(LocalDate.class, Cli::date);
        commandLine.registerConverter(Instant.class, Cli::instant);
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setExecutionExceptionHandler(new FailureHandler(context));
        commandLine.setExecutionStrategy(parseResult -> {
            startLogging(context, parseResult);
            return new CommandLine.RunLast().execute(parseResult);
        });
        return commandLine.execute(args);
    }

    /**
     * Creates the verbs; {@code run} with each kind's check before its context starts (the shift report's
     * templates), which only the composition root may know.
     */
    private static final class Verbs implements CommandLine.IFactory {

        private final CommandLine.IFactory defaults = CommandLine.defaultFactory();

        @Override
        public <K> K create(Class<K> type) throws Exception {
            return type == RunCommand.class ? type.cast(new RunCommand(Cli::runCheck)) : defaults.create(type);
        }
    }

    private static RunCheck runCheck(HomeFolder home, JobDefinition job) {
        return job.kind() == JobDefinition.Kind.SHIFT_REPORT
                ? new ShiftReportCheck(new TemplateReportRenderer(home)) : RunCheck.NONE;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date as YYYY-MM-DD");
        }
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not an instant in UTC such as "
                    + "2026-11-24T05:00:00Z");
        }
    }

    /** Logging to the home's log file, set up before the verb reads anything (a bad home is the verb's to say). */
    private static void startLogging(CliContext context, CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.isUsageHelpRequested() || r.isVersionHelpRequested() || "help".equals(r.commandSpec().name())) {
                return;   // help writes no log (and makes no logs/ folder wherever it is asked)
            }
        }
        HomeFolder home;
        try {
            home = context.home();
        } catch (InvalidInputException e) {
            return;
        }
        String verb = parseResult.hasSubcommand() ? parseResult.subcommand().commandSpec().name() : "";
        CliLogging.start(home, FULL_CONSOLE.contains(verb) ? ConsoleLogFilter.FULL : ConsoleLogFilter.BRIEF);
    }
}
