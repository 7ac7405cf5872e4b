package com.winccreports.schedule.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.period.PeriodKind;
import com.winccreports.period.ReportPeriod;
import com.winccreports.schedule.JdbcScheduleLedger;
import com.winccreports.schedule.MutableClock;
import com.winccreports.schedule.TinySmtpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Delivery of report versions to a folder and by mail, once per version and target. */
class DeliveriesTest {

    private static final ReportPeriod DAY = new ReportPeriod(PeriodKind.PRODUCTION_DAY, "2026-11-23",
            Instant.parse("2026-11-23T05:00:00Z"), Instant.parse("2026-11-24T05:00:00Z"));

    @TempDir
    Path temp;
    private TinySmtpServer smtp;
    private Deliveries deliveries;
    private Path output;

    @BeforeEach
    void setUp() throws IOException {
        smtp = new TinySmtpServer();
        DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:delivery-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        JdbcScheduleLedger.createTables(dataSource);
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtp.port());
        output = temp.resolve("output");
        deliveries = new Deliveries(new DeliveryLog(dataSource, new MutableClock(Instant.parse("2026-11-24T06:00:00Z"))),
                mail, "reports@plant.example", output);
    }

    @AfterEach
    void tearDown() throws IOException {
        smtp.close();
    }

    @Test
    void aSmallReportIsAttachedAndEachTargetGetsEachVersionOnce() throws IOException {
        ReportVersion v1 = version(1, 2_000);
        List<DeliveryTarget> targets = List.of(new DeliveryTarget.Folder(temp.resolve("share")),
                new DeliveryTarget.Mail(List.of("quality@plant.example"), 10_000, null));

        assertThat(deliveries.deliverOnce(v1, targets)).isEmpty();
        assertThat(deliveries.deliverOnce(v1, targets)).isEmpty();

        assertThat(smtp.received()).singleElement().satisfies(mail -> {
            assertThat(mail.data()).contains("Subject: [wincc-reports] shift-report 2026-11-23");
            assertThat(mail.data()).contains("filename=report.pdf");
        });
        assertThat(temp.resolve("share/shift-report/2026-11-23/v1/report.pdf")).hasSize(2_000);
        assertThat(temp.resolve("share/shift-report/2026-11-23/v1")).isDirectoryNotContaining("glob:**.part");

        deliveries.deliverOnce(version(2, 2_000), targets);
        assertThat(smtp.received()).hasSize(2);
        assertThat(smtp.received().get(1).data()).contains("(version 2)");
    }

    @Test
    void aReportAboveTheSizeLimitIsSentAsALink() throws IOException {
        ReportVersion big = version(1, 50_000);

        deliveries.deliverOnce(big, List.of(new DeliveryTarget.Mail(List.of("quality@plant.example"), 10_000,
                "https://reports.plant.example/output")));

        assertThat(smtp.received()).singleElement().satisfies(mail -> {
            assertThat(mail.data()).doesNotContain("filename=report.pdf");
            assertThat(mail.data()).contains("https://reports.plant.example/output/shift-report/2026-11-23/v1/report.pdf");
            assertThat(mail.data()).contains("exceed the mail limit of 10000 bytes");
        });
    }

    @Test
    void aFailingTargetFailsWithoutBeingLoggedSoItIsTriedAgain() throws IOException {
        ReportVersion v1 = version(1, 100);
        DeliveryTarget.Mail mail = new DeliveryTarget.Mail(List.of("quality@plant.example"), 10_000, null);
        smtp.hangUp();

        assertThat(deliveries.deliverOnce(v1, List.of(mail))).singleElement()
                .matches(failure -> failure.target().equals(mail));
        // still not in the delivery log: the next wake-up tries again
        assertThat(deliveries.deliverOnce(v1, List.of(mail))).hasSize(1);
    }

    private ReportVersion version(int version, int bytes) throws IOException {
        Path folder = Files.createDirectories(output.resolve("shift-report/2026-11-23/v" + version));
        Path file = Files.write(folder.resolve("report.pdf"), new byte[bytes]);
        return new ReportVersion("shift-report", DAY, version, false, List.of(file));
    }
}
