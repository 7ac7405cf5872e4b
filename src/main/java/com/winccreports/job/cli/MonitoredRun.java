package com.winccreports.job.cli;

import com.winccreports.job.JobRunService;
import com.winccreports.job.RunOutcome;
import com.winccreports.job.RunProgress;
import com.winccreports.system.ExitCode;
import com.winccreports.system.HomeFolder;
import com.winccreports.system.SpringLauncher;
import com.winccreports.system.cli.CliContext;
import com.winccreports.system.cli.StopSignals;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A run or restart as the command line watches it: the job's context started, progress on the console,
 * SIGTERM and Ctrl-C asking the run to stop at its next commit (from the moment the verb starts the context),
 * and the summary with the exit code at the end.
 */
final class MonitoredRun {

    /** Starts the run in a started context and waits for it. */
    @FunctionalInterface
    interface Start {
        RunOutcome run(ConfigurableApplicationContext context, JobRunService service, RunProgress progress);
    }

    private MonitoredRun() {
    }

    static int execute(CliContext cli, HomeFolder home, Map<String, Object> properties, Start start) {
        boolean terminal = System.console() != null && cli.out() == System.out;
        try (ConsoleProgress progress = new ConsoleProgress(cli.out(), terminal)) {
            SignalledRun signalled = new SignalledRun(progress);
            RunOutcome outcome;
            try (StopSignals signals = StopSignals.install(signalled::requestStop, cli.err(), ExitCode.FAILED.code());
                    ConfigurableApplicationContext context = SpringLauncher.batch(home, cli.clock(), properties)) {
                JobRunService service = context.getBean(JobRunService.class);
                signalled.attach(service);
                outcome = start.run(context, service, signalled);
            }
            progress.close();
            return OutcomePrinter.print(outcome, progress, cli.out(), cli.err());
        }
    }
}
