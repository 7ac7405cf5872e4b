package com.winccreports.system.cli;

import com.winccreports.Cli;
import com.winccreports.system.HomeFolder;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every verb works with besides its arguments: the environment (which names the home folder), the
 * working directory, the clock ("now" of the period policy) and the console. The product passes the real
 * ones; tests pass their own and run verbs in-process.
 */
public record CliContext(Map<String, String> environment, Path workingDirectory, Clock clock, PrintStream out,
        PrintStream err) {

    public CliContext {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /** The process's own environment, working directory, system clock and console. */
    public static CliContext system() {
        return new CliContext(System.getenv(), Path.of(System.getProperty("user.dir")), Clock.systemUTC(),
                System.out, System.err);
    }

    /** The home folder: {@code WINCC_REPORTS_HOME}, else the working directory (fails with one clear line). */
    public HomeFolder home() {
        return HomeFolder.fromEnvironment(environment, workingDirectory);
    }

    /** The context of the command line a verb belongs to ({@code @Spec CommandSpec spec} in the verb). */
    public static CliContext of(CommandSpec spec) {
        return spec.root().userObject() instanceof Cli cli ? cli.context() : system();
    }
}
