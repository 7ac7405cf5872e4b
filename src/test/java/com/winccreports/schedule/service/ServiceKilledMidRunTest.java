package com.winccreports.schedule.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.schedule.JdbcScheduleLedger;
import com.winccreports.schedule.Plan;
import com.winccreports.schedule.TinySmtpServer;
import com.winccreports.simulator.FaultSettings;
import com.winccreports.simulator.SimulatorOptions;
import com.winccreports.simulator.SimulatorServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The service is killed with SIGKILL while the real report job runs a period, then started again: the
 * period is finished once (the same job instance, restarted) and its report mailed once.
 */
class ServiceKilledMidRunTest {

    private static final String JOB = ServiceTestHome.JOB;
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    /**
     * Logged once the service holds the database: only then may the test open it too (an H2 file opened
     * and closed by another process while the service starts leaves a lock file the service refuses).
     */
    private static final String SCHEDULED = "scheduled " + JOB;

    @TempDir
    Path root;

    @Test
    void aServiceKilledMidRunFinishesThePeriodOnceAndDeliversItOnceAfterItStartsAgain() throws Exception {
        Path home = root.resolve("home");
        ServiceProcess.prepareHome(home, JOB, ServiceTestHome.SMALL_SCHEDULED_JOB.replace("catchUp: all",
                "catchUp: latest"));   // with the real Excel and PDF templates
        shiftsAwayFromNow(home.resolve("jobs/sites/demo.yaml"));
        // WRITE_DELAY=0: what the test sees committed is on disk when the kill comes (by default H2 may lose
        // the last half second of commits; then the period is simply run from what was durable)
        String database = "jdbc:h2:file:" + home.resolve("data/wincc-reports") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        missedTheLastShift(database);

        try (TinySmtpServer smtp = new TinySmtpServer()) {
            try (SimulatorServer slow = simulator(FaultSettings.none().withLatency(100, 0))) {
                writeConfig(home, slow, smtp, database);
                try (ServiceProcess first = ServiceProcess.serve(home, root.resolve("first.log"))) {
                    awaitOrFail(first, () -> first.logContains(SCHEDULED));
                    awaitOrFail(first, () -> periodState(database).equals(Optional.of("RUNNING"))
                            && ServiceDatabase.executionStatuses(database).contains("STARTED") && ServiceDatabase.completedSteps(database) >= 1);
                    first.kill();
                }
            }
            assertThat(smtp.received()).isEmpty();

            try (SimulatorServer fast = simulator(FaultSettings.none())) {
                writeConfig(home, fast, smtp, database);
                try (ServiceProcess second = ServiceProcess.serve(home, root.resolve("second.log"))) {
                    awaitOrFail(second, () -> second.logContains(SCHEDULED));
                    awaitOrFail(second, () -> periodState(database).equals(Optional.of("COMPLETED")));
                    assertThat(second.logContains("was running in a service that stopped: restarting execution"))
                            .as(second.logTail()).isTrue();
                    assertThat(second.stop()).isNotEqualTo(-1);
                }
            }
            assertThat(ServiceDatabase.count(database, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo(1);
            // the killed execution was recovered (FAILED) and its instance restarted to completion
            assertThat(ServiceDatabase.executionStatuses(database)).hasSizeGreaterThanOrEqualTo(2).endsWith("COMPLETED")
                    .doesNotContain("STARTED");
            assertThat(ServiceDatabase.count(database, "SELECT COUNT(*) FROM SCHEDULE_DELIVERY")).isEqualTo(1);
            assertThat(smtp.received()).singleElement().matches(m -> m.recipients().contains("quality@plant.example"));
        }
    }

    /**
     * The service runs on the real clock: the demo site's shifts are moved so that the last boundary lies two to
     * three hours back and the next five to six hours ahead. Exactly one shift (the one that ended at the last
     * boundary) is due however late in the day the test runs; with the plant's own 06/14/22 h boundaries a test
     * running across one saw a second shift come due between the two services.
     */
    private static void shiftsAwayFromNow(Path site) throws IOException {
        int h = ZonedDateTime.now(ZoneId.of("Europe/Berlin")).minusHours(2).getHour();
        String shifts = String.format(Locale.ROOT, """
                  productionDayStart: PT%dH
                  pattern:
                    - {name: Early, label: Early shift, start: "%02d:00", end: "%02d:00"}
                    - {name: Late, label: Late shift, start: "%02d:00", end: "%02d:00"}
                    - {name: Night, label: Night shift, start: "%02d:00", end: "%02d:00"}
                """, h, h, (h + 8) % 24, (h + 8) % 24, (h + 16) % 24, (h + 16) % 24, h);
        String text = Files.readString(site);
        String moved = text.replaceFirst("(?s)  productionDayStart: PT6H\n  pattern:\n(    - [^\n]*\n){3}", shifts);
        // from 08:00 to 08:59 in Berlin the moved shifts are the plant's own: the file stays as it is
        assertThat(moved).as("the demo site's shift section in %s", site).contains(shifts);
        Files.writeString(site, moved);
    }

    /** As if the service had last planned more than a shift ago: one shift (the latest) is due at its start. */
    private static void missedTheLastShift(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database, "sa", "")) {
            SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection, true);
            JdbcScheduleLedger.createTables(dataSource);
            Instant since = Instant.now().minus(Duration.ofHours(8)).minus(Duration.ofMinutes(5));
            new JdbcScheduleLedger(dataSource, Clock.systemUTC()).record(
                    new Plan(JOB, since, List.of(), List.of(), Optional.empty()));
        }
    }

    private static SimulatorServer simulator(FaultSettings faults) {
        return SimulatorServer.start(SimulatorOptions.defaults().withPort(0).withBindAddress("127.0.0.1")
                .withFaults(faults));
    }

    private static void writeConfig(Path home, SimulatorServer simulator, TinySmtpServer smtp, String database)
            throws IOException {
        ServiceProcess.configure(home, """
                wincc-reports:
                  sources:
                    embedded: {url: "%s", user: demo, password-file: "%s", page-size: 1000}
                  security.users.admin: {password-hash: "$2a$10$SLjHgQW7Tva7rBNBPclNserW.h3W0ElDEaP8xWv./fnam1WkhnjOy", roles: [ADMIN]}
                  schedule:
                    jobs:
                      shift-report:
                        mail: {to: [quality@plant.example]}
                spring.mail: {host: 127.0.0.1, port: %d}
                spring.datasource.url: "%s"
                logging.level.com.winccreports: INFO
                """.formatted(simulator.baseUri(), home.resolve("wincc-password"), smtp.port(), database));
    }

    private static void awaitOrFail(ServiceProcess service, BooleanSupplier reached) throws InterruptedException {
        ServiceDatabase.awaitOrFail(service, PATIENCE, reached);
    }

    private static Optional<String> periodState(String database) {
        return ServiceDatabase.query(database, "SELECT STATE FROM SCHEDULE_PERIOD WHERE JOB_NAME = '" + JOB + "'").stream().findFirst();
    }
}
