package com.winccreports.schedule.service;

import com.winccreports.WinccReportsApplication;
import com.winccreports.schedule.MutableClock;
import com.winccreports.schedule.TinySmtpServer;
import com.winccreports.shiftreport.JobTestHome;
import com.winccreports.shiftreport.TestDatabase;
import com.winccreports.simulator.SimulatorOptions;
import com.winccreports.simulator.SimulatorServer;
import com.winccreports.system.HomeFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A home folder for service tests: the repository's schemas and demo site, a small scheduled job (line L1,
 * four tags, a report after each shift), the simulator as source {@code embedded} on the test's clock, a
 * loopback SMTP server and a share folder; contexts started as {@code serve} starts them.
 */
final class ServiceTestHome implements AutoCloseable {

    static final String JOB = "shift-report";
    /** The job tests' small job with the real templates' names and 2 h slices, no schedule. */
    static final String SMALL_JOB = JobTestHome.SMALL_JOB
            .replace("report: {formats: [xlsx, pdf]}", "report: {template: report-templates/shift-report.xlsx, "
                    + "layout: report-templates/shift-report.pdf-layout.yaml, formats: [xlsx, pdf]}")
            .replace("slice: PT1H", "slice: PT2H");
    /** {@link #SMALL_JOB} with a schedule. */
    static final String SMALL_SCHEDULED_JOB = SMALL_JOB.replace("formats: [xlsx, pdf]}",
            "formats: [xlsx, pdf]}\nschedule: {after: shift, catchUp: all, completenessWait: PT1H}");

    final HomeFolder home;
    final MutableClock clock;
    final SimulatorServer simulator;
    final TinySmtpServer smtp;
    final Path share;

    ServiceTestHome(Path root, Instant now) throws IOException {
        home = new HomeFolder(root);
        clock = new MutableClock(now);
        JobTestHome.copy(Path.of("jobs/schema"), home.jobs().resolve("schema"));
        JobTestHome.copy(Path.of("jobs/sites"), home.jobs().resolve("sites"));
        Files.writeString(home.jobs().resolve(JOB + ".yaml"), SMALL_SCHEDULED_JOB);
        Files.createDirectories(home.config());
        Files.writeString(home.config().resolve("wincc-password"), "demo\n");
        simulator = SimulatorServer.start(SimulatorOptions.defaults().withPort(0).withBindAddress("127.0.0.1")
                .withClock(clock));
        smtp = new TinySmtpServer();
        share = root.resolve("share");
    }

    /** The service's context with the scheduler's beans but Quartz not started: the test wakes jobs itself. */
    ConfigurableApplicationContext start() {
        Map<String, Object> properties = properties();
        List<String> arguments = new ArrayList<>(List.of(TestDatabase.overridingArguments(properties)));
        arguments.add("--spring.quartz.auto-startup=false");
        return new SpringApplicationBuilder(WinccReportsApplication.class, JobTestHome.TestRendering.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).properties(properties)
                .initializers(context -> context.getBeanFactory().registerSingleton("testClock", clock))
                .run(arguments.toArray(String[]::new));
    }

    List<TinySmtpServer.Received> reportMails() {
        return smtp.received().stream().filter(m -> m.recipients().contains("quality@plant.example")).toList();
    }

    private Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("wincc-reports.home", home.root().toString());
        properties.put("wincc-reports.schedule.enabled", "true");
        properties.put("wincc-reports.sources.embedded.url", simulator.baseUri().toString());
        properties.put("wincc-reports.sources.embedded.user", "demo");
        properties.put("wincc-reports.sources.embedded.password-file", home.config().resolve("wincc-password").toString());
        if (TestDatabase.postgres()) {          // .ci/run: the scheduler's Quartz store and ledger on PostgreSQL
            properties.putAll(TestDatabase.datasource(home));
        } else {
            properties.put("spring.datasource.url", "jdbc:h2:file:" + home.data().resolve("wincc-reports")
                    + ";AUTO_SERVER=TRUE;WRITE_DELAY=0");
        }
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", Integer.toString(smtp.port()));
        String job = "wincc-reports.schedule.jobs." + JOB + ".";
        properties.put(job + "folders[0]", share.toString());
        properties.put(job + "mail.to[0]", "quality@plant.example");
        properties.put(job + "alerts.mail-to[0]", "oncall@plant.example");
        properties.put("logging.level.com.winccreports", "WARN");
        return properties;
    }

    @Override
    public void close() throws IOException {
        smtp.close();
        simulator.close();
    }
}
