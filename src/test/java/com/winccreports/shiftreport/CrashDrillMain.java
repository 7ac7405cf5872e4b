package com.winccreports.shiftreport;

import com.winccreports.job.JobRunService;
import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the small test job in a child JVM against a simulator of the parent, so a halt point
 * ({@code -Dwincc-reports.halt-at=...}) can end the process abruptly in the middle of the run.
 * Arguments: home folder, simulator base URI.
 */
public final class CrashDrillMain {

    private CrashDrillMain() {
    }

    public static void main(String[] args) {
        Path home = Path.of(args[0]);
        try (ConfigurableApplicationContext context = JobTestHome.startFor(home, args[1], Map.of())) {
            RunOutcome outcome = context.getBean(JobRunService.class).run("shift-report", RestartTests.PERIOD,
                    RunOptions.defaults());
            System.out.println("outcome " + outcome);
        }
        System.exit(0);
    }
}
