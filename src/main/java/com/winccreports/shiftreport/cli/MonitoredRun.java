package com.winccreports.shiftreport.cli;

import com.winccreports.shiftreport.ReportRunService;
import com.winccreports.shiftreport.RunOutcome;
import com.winccreports.shiftreport.RunProgress;
import com.winccreports.system.ExitCode;
import com.winccreports.system.HomeFolder;
import com.winccreports.system.SpringLauncher;
import com.winccreports.system.cli.CliContext;
import com.winccreports.system.cli.StopSignals;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A run or restart as the command line watches it: the job's context started, progress on the console,
 * SIGTERM and Ctrl-C asking the run to stop at its next commit (from the moment the verb starts the context),
 * and the summary with the exit code at the end.
 */
final class MonitoredRun {

    private MonitoredRun() {
    }

    static int execute(CliContext cli, HomeFolder home, Map<String, Object> properties,
            BiFunction<ReportRunService, RunProgress, RunOutcome> run) {
        boolean terminal = System.console() != null && cli.out() == System.out;
        try (ConsoleProgress progress = new ConsoleProgress(cli.out(), terminal)) {
            SignalledRun signalled = new SignalledRun(progress);
            RunOutcome outcome;
            try (StopSignals signals = StopSignals.install(signalled::requestStop, cli.err(), ExitCode.FAILED.code());
                    ConfigurableApplicationContext context = SpringLauncher.batch(home, cli.clock(), properties)) {
                ReportRunService service = context.getBean(ReportRunService.class);
                signalled.attach(service);
                outcome = run.apply(service, signalled);
            }
            progress.close();
            return OutcomePrinter.print(outcome, progress, cli.out(), cli.err());
        }
    }
}
