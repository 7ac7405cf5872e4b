package com.winccreports.schedule;

import com.winccreports.schedule.service.ScheduledJobs;
import com.winccreports.system.HomeFolder;
import com.winccreports.system.SpringLauncher;
import com.winccreports.system.cli.CliContext;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code schedules}: each scheduled job's trigger, next firings and latest periods. */
@Command(name = "schedules", mixinStandardHelpOptions = true,
        description = "Lists each job's schedule, its next fire times and the results of its latest periods.")
public final class SchedulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--next", defaultValue = "3", description = "How many next fire times to show (default ${DEFAULT-VALUE}).")
    int next;

    @Option(names = "--last", defaultValue = "5", description = "How many latest periods to show (default ${DEFAULT-VALUE}).")
    int last;

    @Override
    public Integer call() {
        CliContext cli = CliContext.of(spec);
        try (ConfigurableApplicationContext context = SpringLauncher.batch(cli.home(), cli.clock(), Map.of())) {
            ScheduledJobs jobs = context.getBean(ScheduledJobs.class);
            ScheduleLedger ledger = context.getBean(ScheduleLedger.class);
            cli.out().print(new ScheduleListing(cli.clock(), ledger).render(jobs.all(), next, last));
            return 0;
        }
    }
}
