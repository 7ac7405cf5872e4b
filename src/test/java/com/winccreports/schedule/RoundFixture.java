package com.winccreports.schedule;

import com.winccreports.period.PeriodKind;
import com.winccreports.schedule.alert.AlertChannel;
import com.winccreports.schedule.alert.Alerts;
import com.winccreports.schedule.delivery.Deliveries;
import com.winccreports.schedule.delivery.DeliveryLog;
import com.winccreports.schedule.delivery.DeliveryTarget;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A scheduler for the demo plant's daily report (Berlin, 30 minutes after each production day) on an
 * in-memory H2 database, a fake job, a scripted watermark, a share folder and a loopback SMTP server.
 */
final class RoundFixture implements AutoCloseable {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Tuesday 2026-11-24 06:00 Berlin: production day 2026-11-23 has just ended. */
    static final Instant DAY_END = Instant.parse("2026-11-24T05:00:00Z");
    static final String JOB = "shift-report";

    final MutableClock clock = new MutableClock(DAY_END.minus(Duration.ofHours(1)));
    final DataSource dataSource;
    final JdbcScheduleLedger ledger;
    final DeliveryLog deliveryLog;
    final FakePeriodRunner runner;
    final TinySmtpServer smtp;
    final Path share;
    Optional<Instant> archivedUntil = Optional.empty();
    JobSchedule job;

    RoundFixture(Path temp) throws IOException {
        dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:schedule-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        JdbcScheduleLedger.createTables(dataSource);
        ledger = new JdbcScheduleLedger(dataSource, clock);
        deliveryLog = new DeliveryLog(dataSource, clock);
        runner = new FakePeriodRunner(temp.resolve("output").resolve(JOB));
        smtp = new TinySmtpServer();
        share = temp.resolve("share");
        ScheduleSpec spec = ScheduleSpec.of(new Trigger.AfterPeriod(PeriodKind.PRODUCTION_DAY, Duration.ofMinutes(30)))
                .withCompleteness(new CompletenessWait(Duration.ofHours(2), Duration.ofMinutes(10), true))
                .withDelivery(List.of(new DeliveryTarget.Folder(share),
                        new DeliveryTarget.Mail(List.of("quality@plant.example"), 1_000_000, null)))
                .withAlerts(List.of(new AlertChannel.Mail(List.of("oncall@plant.example"))), null);
        job = new JobSchedule(JOB, spec, DemoCalendar.threeShifts(BERLIN));
    }

    /** A service process: a new one after a "restart" shares only the database and the job's history. */
    ScheduleRound service(String instance) {
        return service(instance, (name, asOf) -> archivedUntil);
    }

    ScheduleRound service(String instance, Watermark watermark) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtp.port());
        return new ScheduleRound(clock, ledger, runner, watermark,
                new Deliveries(deliveryLog, mail, "reports@plant.example", share.getParent().resolve("output")),
                new Alerts(mail, "reports@plant.example"), instance);
    }

    /** The report mails (not alerts) received so far. */
    List<TinySmtpServer.Received> reportMails() {
        return smtp.received().stream().filter(m -> m.recipients().contains("quality@plant.example")).toList();
    }

    List<TinySmtpServer.Received> alertMails() {
        return smtp.received().stream().filter(m -> m.recipients().contains("oncall@plant.example")).toList();
    }

    LedgerEntry entry(String label) {
        return ledger.recent(JOB, 50).stream().filter(e -> e.period().label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no ledger entry " + label));
    }

    @Override
    public void close() throws IOException {
        smtp.close();
    }
}
