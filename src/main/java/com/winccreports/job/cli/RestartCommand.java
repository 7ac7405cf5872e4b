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

/** {@code restart <execution>}: continues a failed, stopped or killed run from its last commit. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = {"Continues a failed, stopped or abruptly ended execution from its last commit.",
            "An execution still marked running is taken as ended: make sure its process is gone.",
            "Exit codes as for run."})
public final class RestartCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXECUTION", description = "execution id (see: executions)")
    long execution;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringLauncher.batch(HomeFolder.current(), Map.of());
                ConsoleProgress progress = new ConsoleProgress(System.out, System.console() != null)) {
            CommandLineAudit.record(context, AuditActions.RUN_RESTART, "execution " + execution, Map.of());
            RunOutcome outcome = context.getBean(JobRunService.class).restart(execution, progress);
            progress.close();
            return OutcomePrinter.print(outcome, progress, System.out, System.err);
        }
    }
}
