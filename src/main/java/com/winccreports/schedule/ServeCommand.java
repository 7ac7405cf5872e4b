package com.winccreports.schedule;

import com.winccreports.security.SecurityConfigurationException;
import com.winccreports.system.ExitCode;
import com.winccreports.system.HomeFolder;
import com.winccreports.system.SpringLauncher;
import com.winccreports.system.cli.CliContext;
import com.winccreports.system.cli.StopSignals;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: runs the scheduler, with Actuator health and metrics over HTTP, until the process is
 * stopped (SIGTERM, Ctrl-C). A stop waits for running reports to finish; one killed harder is restarted
 * by the next start, never duplicated.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs the nightly scheduler (and health/metrics over HTTP) until stopped.")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", description = "HTTP(S) port for /actuator/health, /actuator/metrics and /api "
            + "(default 8080; 0 picks a free one).")
    Integer port;

    @Override
    public Integer call() throws InterruptedException {
        CliContext cli = CliContext.of(spec);
        ConfigurableApplicationContext context;
        try {
            context = start(cli.home(), port);
        } catch (RuntimeException e) {
            SecurityConfigurationException refusal = SecurityConfigurationException.in(e);
            if (refusal == null) {
                throw e;
            }
            cli.err().println(refusal.getMessage());
            return ExitCode.REFUSED.code();
        }
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        // SIGTERM (systemctl stop) and Ctrl-C close the context here, before the JVM's shutdown begins: left to the
        // JVM, H2's own shutdown hook closed the database while the context still waited for the runs in progress
        // (on-demand ones up to wincc-reports.web.shutdown-wait, scheduled ones), which then failed, left STARTED
        // (the closed event comes at the start of closing: the main thread, whose return ends the JVM, waits for
        // the closing to be done)
        CountDownLatch stopped = new CountDownLatch(1);
        try (StopSignals signals = StopSignals.install(() -> {
            try {
                context.close();
            } finally {
                stopped.countDown();
            }
        }, cli.err(), ExitCode.FAILED.code(), "finishing the runs in progress, then stopping")) {
            if (context.isActive()) {
                closed.await();
            }
            if (signals.received() > 0) {
                stopped.await();
            }
        }
        return 0;
    }

    /** Starts the service context (the scheduler on) for {@code home}; tests call it directly. */
    public static ConfigurableApplicationContext start(HomeFolder home, Integer port) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("wincc-reports.schedule.enabled", "true");
        if (port != null) {
            // launcher properties are defaults: application.yaml reads these through placeholders
            properties.put("wincc-reports.port", port.toString());
        }
        return SpringLauncher.service(home, properties);
    }
}
