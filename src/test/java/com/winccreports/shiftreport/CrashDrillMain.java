package com.winccreports.shiftreport;

import com.winccreports.job.JobRunService;
import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import com.winccreports.job.RunProgress;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the small test job in a child JVM against a simulator of the parent, with the {@link CrashDrill}
 * wiring, so a halt point ({@code -Dwincc-reports.halt-at=...}) can end the process abruptly in the middle of
 * the run. Arguments: home folder, simulator base URI, and {@code restart} to continue the newest execution
 * instead of starting the period.
 */
public final class CrashDrillMain {

    private CrashDrillMain() {
    }

    public static void main(String[] args) {
        Path home = Path.of(args[0]);
        boolean restart = args.length > 2 && args[2].equals("restart");
        try (ConfigurableApplicationContext context = JobTestHome.startFor(home, args[1], Map.of(),
                CrashDrill.Wiring.class)) {
            JobRunService service = context.getBean(JobRunService.class);
            RunOutcome outcome = restart
                    ? service.restart(service.executions(1).get(0).executionId(), RunProgress.silent())
                    : service.run("shift-report", HaltPointTests.PERIOD, RunOptions.defaults());
            System.out.println("outcome " + outcome);
        }
        System.exit(0);
    }
}
