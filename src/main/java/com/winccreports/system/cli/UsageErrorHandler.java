package com.winccreports.system.cli;

import com.winccreports.system.ExitCode;
import picocli.CommandLine;

/**
 * A command line picocli cannot parse — an unknown option, a missing argument, {@code --day 2026-13-45} —
 * is one line naming the argument and where the help is, and exit code 4 (never picocli's 2, which a
 * scheduler would read as "published with incomplete data").
 */
public final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException failure, String[] args) {
        CommandLine command = failure.getCommandLine();
        command.getErr().println(failure.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(failure, command.getErr());
        command.getErr().println("See: " + command.getCommandSpec().qualifiedName() + " --help");
        command.getErr().flush();
        return ExitCode.REFUSED.code();
    }
}
