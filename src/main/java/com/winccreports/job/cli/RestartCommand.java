package com.winccreports.job.cli;

import com.winccreports.audit.AuditActions;
import com.winccreports.audit.CommandLineAudit;
import com.winccreports.system.cli.CliContext;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restart <execution>}: continues a failed, stopped or killed run from its last commit. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = {"Continues a failed, stopped or abruptly ended execution from its last commit.",
            "An execution still marked running is taken as ended: make sure its process is gone.",
            "SIGTERM or Ctrl-C stops it again at its next commit. Exit codes as for run."})
public final class RestartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXECUTION", description = "execution id (see: executions)")
    long execution;

    @Override
    public Integer call() {
        CliContext cli = CliContext.of(spec);
        return MonitoredRun.execute(cli, cli.home(), Map.of(), (context, service, progress) -> {
            CommandLineAudit.record(context, AuditActions.RUN_RESTART, "execution " + execution, Map.of());
            return service.restart(execution, progress);
        });
    }
}
