package com.winccreports;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root of the command line; each verb lives in the package of its feature. */
@Command(name = "wincc-reports", mixinStandardHelpOptions = true, version = "wincc-reports 0.1.0",
        description = "Shift reports and production-record exports from WinCC archives.",
        subcommands = {CommandLine.HelpCommand.class,
                com.winccreports.simulator.SimulatorCommand.class,
                com.winccreports.job.cli.RunCommand.class, com.winccreports.job.cli.RestartCommand.class, com.winccreports.job.cli.StopCommand.class, com.winccreports.job.cli.ExecutionsCommand.class,
                com.winccreports.schedule.ServeCommand.class, com.winccreports.schedule.SchedulesCommand.class,
                com.winccreports.shiftreport.templates.TemplatesCommand.class,
                com.winccreports.security.cli.HashPasswordCommand.class, com.winccreports.audit.cli.AuditCommand.class,
                com.winccreports.publication.VerifyCommand.class})
public final class Cli {

    public static int execute(String... args) {
        return new CommandLine(new Cli()).execute(args);
    }
}
