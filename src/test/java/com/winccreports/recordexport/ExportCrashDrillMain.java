package com.winccreports.recordexport;

import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import com.winccreports.shiftreport.CrashDrill;
import com.winccreports.shiftreport.JobTestHome;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the test batch export in a child JVM against a simulator of the parent, with the {@link CrashDrill} wiring,
 * so a halt point
 * ({@code -Dwincc-reports.halt-at=...}) can end the process abruptly in the middle of the run.
 * Arguments: home folder, simulator base URI, batch id.
 */
public final class ExportCrashDrillMain {

    private ExportCrashDrillMain() {
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = JobTestHome.startFor(Path.of(args[0]), args[1], Map.of(),
                CrashDrill.Wiring.class)) {
            RunOutcome outcome = ExportTestHome.runs(context).run("batch-export", null,
                    RunOptions.defaults().withBatch(args[2]));
            System.out.println("outcome " + outcome);
        }
        System.exit(0);
    }
}
