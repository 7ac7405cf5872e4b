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
                out.printf(Locale.ROOT, "%s: execution %d, version v%d, %,d values read in %.1f s%n",
                        outcome.status() == RunOutcome.Status.COMPLETED ? "Published"
                                : "Published with INCOMPLETE DATA", outcome.executionId(), outcome.version(),
                        progress.valuesRead(), progress.seconds());
                out.println("Folder: " + outcome.outputFolder());
                for (Path file : outcome.files()) {
                    out.println("  " + file);
                }
                if (outcome.status() == RunOutcome.Status.COMPLETED_INCOMPLETE_DATA) {
                    out.println(outcome.message());
                }
            }
            case FAILED_RESTARTABLE -> err.println("Failed (execution " + outcome.executionId() + "): "
                    + outcome.message());
            case REFUSED -> err.println("Not run: " + outcome.message());
            default -> throw new IllegalStateException(outcome.status().name());
        }
        return outcome.status().exitCode();
    }
}
