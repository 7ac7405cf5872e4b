package com.winccreports.job.cli;

import com.winccreports.audit.AuditActions;
import com.winccreports.audit.CommandLineAudit;
import com.winccreports.job.JobRunService;
import com.winccreports.system.ExitCode;
import com.winccreports.system.SpringLauncher;
import com.winccreports.system.cli.CliContext;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stop <execution>}: asks a running execution to stop at its next commit. */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = {"Asks a running execution to stop at its next commit; restart continues it later.",
            "Exit codes: 0 asked to stop, 4 no such execution or it is not running."})
public final class StopCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXECUTION", description = "execution id (see: executions)")
    long execution;

    @Override
    public Integer call() {
        CliContext cli = CliContext.of(spec);
        try (ConfigurableApplicationContext context = SpringLauncher.batch(cli.home(), cli.clock(), Map.of())) {
            boolean asked = context.getBean(JobRunService.class).stop(execution);
            CommandLineAudit.record(context, AuditActions.RUN_STOP, "execution " + execution,
                    Map.of("running", Boolean.toString(asked)));
            if (asked) {
                cli.out().println("Execution " + execution + " asked to stop; it stops at its next commit "
                        + "(see: executions; restart " + execution + " continues it).");
                return ExitCode.OK.code();
            }
            cli.err().println("Not stopped: execution " + execution + " does not exist or is not running "
                    + "(see: executions)");
            return ExitCode.REFUSED.code();
        }
    }
}
