package com.winccreports.job.cli;

import com.winccreports.job.RunOutcome;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/** The summary after a run or restart, and its exit code. */
final class OutcomePrinter {

    private OutcomePrinter() {
    }

    static int print(RunOutcome outcome, ConsoleProgress progress, PrintStream out, PrintStream err) {
        switch (outcome.status()) {
            case COMPLETED, COMPLETED_INCOMPLETE_DATA -> {
                out.printf(Locale.ROOT, "%s: execution %d, version %s, %,d values read in %.1f s%n", headline(outcome),
                        outcome.executionId(), outcome.version() == 0 ? "preliminary" : "v" + outcome.version(),
                        progress.valuesRead(), progress.seconds());
                out.println("Folder: " + outcome.outputFolder());
                for (Path file : outcome.files()) {
                    out.println("  " + file);
                }
                if (outcome.status() == RunOutcome.Status.COMPLETED_INCOMPLETE_DATA
                        || outcome.message().startsWith(RunOutcome.KEPT)) {
                    out.println(outcome.message());
                }
            }
            case FAILED_RESTARTABLE, FAILED_CONFIGURATION -> err.println(outcome.message().startsWith(RunOutcome.STOPPED)
                    ? "Stopped (execution " + outcome.executionId() + ") "
                            + outcome.message().substring(RunOutcome.STOPPED.length())
                    : "Failed (execution " + outcome.executionId() + "): " + outcome.message());
            case REFUSED -> err.println("Not run: " + outcome.message());
            default -> throw new IllegalStateException(outcome.status().name());
        }
        return outcome.status().exitCode();
    }

    private static String headline(RunOutcome outcome) {
        if (outcome.version() == 0) {
            return "Published PRELIMINARY report";
        }
        if (outcome.message().startsWith(RunOutcome.KEPT)) {
            return "Already published, kept as it was";
        }
        return outcome.status() == RunOutcome.Status.COMPLETED ? "Published" : "Published with INCOMPLETE DATA";
    }
}
