package com.winccreports.job.cli;

import com.winccreports.audit.AuditActions;
import com.winccreports.audit.CommandLineAudit;
import com.winccreports.job.JobRunService;
import com.winccreports.job.RunOutcome;
import com.winccreports.system.HomeFolder;
import com.winccreports.system.SpringLauncher;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code stop <execution>}: asks a running execution to stop at its next commit. */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Asks a running execution to stop at its next commit; restart continues it later.")
public final class StopCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXECUTION", description = "execution id (see: executions)")
    long execution;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringLauncher.batch(HomeFolder.current(), Map.of())) {
            boolean asked = context.getBean(JobRunService.class).stop(execution);
            CommandLineAudit.record(context, AuditActions.RUN_STOP, "execution " + execution,
                    Map.of("running", Boolean.toString(asked)));
            if (asked) {
                System.out.println("Execution " + execution + " asked to stop; it stops at its next commit.");
                return 0;
            }
            System.err.println("Execution " + execution + " is not running.");
            return RunOutcome.Status.REFUSED.exitCode();
        }
    }
}
