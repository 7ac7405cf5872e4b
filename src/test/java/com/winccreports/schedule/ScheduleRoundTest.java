package com.winccreports.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.winccreports.period.PeriodKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler's wake-ups for a daily report, with the clock, the watermark and the job driven by the test. */
class ScheduleRoundTest {

    private static final String DAY = "2026-11-23";
    private static final Instant FIRES = RoundFixture.DAY_END.plus(Duration.ofMinutes(30));

    @TempDir
    Path temp;
    private RoundFixture fixture;
    private ScheduleRound service;

    @BeforeEach
    void startService() throws IOException {
        fixture = new RoundFixture(temp);
        service = fixture.service("service-1");
        service.tick(fixture.job); // first wake-up: starts the cursor an hour before the day ends
    }

    @AfterEach
    void stop() throws IOException {
        fixture.close();
    }

    @Test
    void completenessWaitHoldsTheRunUntilTheArchiveHasTheWholeDay() {
        fixture.archivedUntil = Optional.of(RoundFixture.DAY_END.minus(Duration.ofMinutes(20)));
        fixture.clock.set(FIRES);

        Optional<Instant> wake = service.tick(fixture.job);

        assertThat(fixture.runner.calls).isEmpty();
        assertThat(fixture.entry(DAY).state()).isEqualTo(LedgerEntry.State.WAITING);
        assertThat(wake).contains(FIRES.plus(Duration.ofMinutes(10)));

        fixture.clock.set(wake.orElseThrow());
        fixture.archivedUntil = Optional.of(RoundFixture.DAY_END.minusSeconds(1));
        service.tick(fixture.job);
        assertThat(fixture.runner.calls).isEmpty();

        fixture.clock.advance(Duration.ofMinutes(10));
        fixture.archivedUntil = Optional.of(RoundFixture.DAY_END);
        service.tick(fixture.job);

        assertThat(fixture.runner.calls).containsExactly("start " + DAY);
        assertThat(fixture.runner.requests.get(0).incomplete()).isFalse();
        assertThat(fixture.entry(DAY).state()).isEqualTo(LedgerEntry.State.COMPLETED);
        assertThat(fixture.share.resolve("shift-report/" + DAY + "/v1/report.pdf")).exists();
        assertThat(fixture.reportMails()).hasSize(1);
    }

    @Test
    void aRunWhoseGraceRanOutIsMarkedIncompleteAndReissuedWhenLateDataArrives() throws IOException {
        fixture.archivedUntil = Optional.of(RoundFixture.DAY_END.minus(Duration.ofHours(1)));
        fixture.clock.set(FIRES);
        service.tick(fixture.job);
        fixture.clock.set(FIRES.plus(Duration.ofHours(2)));

        service.tick(fixture.job);

        assertThat(fixture.runner.requests).singleElement().matches(RunRequest::incomplete);
        assertThat(fixture.entry(DAY).incomplete()).isTrue();
        assertThat(fixture.reportMails()).singleElement().matches(m -> m.data().contains("INCOMPLETE"));

        fixture.archivedUntil = Optional.of(RoundFixture.DAY_END.plusSeconds(5));
        fixture.clock.advance(Duration.ofMinutes(10));
        service.tick(fixture.job);
        service.tick(fixture.job);

        assertThat(fixture.runner.calls).containsExactly("start " + DAY, "start " + DAY + " reissue");
        assertThat(fixture.entry(DAY).version()).isEqualTo(2);
        assertThat(fixture.entry(DAY).incomplete()).isFalse();
        assertThat(Files.readString(fixture.share.resolve("shift-report/" + DAY + "/v1/report.pdf"))).endsWith("v1");
        assertThat(fixture.share.resolve("shift-report/" + DAY + "/v2/report.pdf")).exists();
        assertThat(fixture.reportMails()).hasSize(2);
    }

    @Test
    void aServiceKilledMidRunFinishesThePeriodOnceAndDeliversItOnceAfterItsRestart() {
        fixture.archivedUntil = Optional.of(RoundFixture.DAY_END);
        fixture.clock.set(FIRES);
        fixture.runner.killNextRun = true;

        assertThatThrownBy(() -> service.tick(fixture.job)).isInstanceOf(FakePeriodRunner.ProcessKilled.class);
        assertThat(fixture.entry(DAY).state()).isEqualTo(LedgerEntry.State.RUNNING);

        fixture.clock.advance(Duration.ofMinutes(3));
        ScheduleRound restarted = fixture.service("service-2");
        restarted.tick(fixture.job);
        fixture.clock.advance(Duration.ofMinutes(10));
        restarted.tick(fixture.job);

        assertThat(fixture.runner.calls).containsExactly("start " + DAY, "restart " + DAY);
        assertThat(fixture.entry(DAY).state()).isEqualTo(LedgerEntry.State.COMPLETED);
        assertThat(fixture.reportMails()).singleElement()
                .matches(m -> m.data().contains("shift-report " + DAY), "subject names job and day");
        assertThat(fixture.share.resolve("shift-report/" + DAY + "/v1/report.pdf")).exists();
    }

    @Test
    void aPeriodTheCommandLineAlreadyRanIsAdoptedNotRunAgain() {
        fixture.archivedUntil = Optional.of(RoundFixture.DAY_END);
        fixture.clock.set(FIRES);
        fixture.runner.completedElsewhere(fixture.job.calendar().latestEndedBy(PeriodKind.PRODUCTION_DAY, FIRES));

        service.tick(fixture.job);

        assertThat(fixture.runner.calls).isEmpty();
        assertThat(fixture.entry(DAY).state()).isEqualTo(LedgerEntry.State.COMPLETED);
        assertThat(fixture.reportMails()).hasSize(1);
    }

    @Test
    void aFailedRunIsAlertedAndRestartedLaterNotStartedAgain() {
        fixture.archivedUntil = Optional.of(RoundFixture.DAY_END);
        fixture.clock.set(FIRES);
        fixture.runner.failNextRuns = 1;

        Optional<Instant> wake = service.tick(fixture.job);

        assertThat(fixture.entry(DAY).state()).isEqualTo(LedgerEntry.State.FAILED);
        assertThat(fixture.alertMails()).singleElement().matches(m -> m.data().contains("RUN_FAILED"));
        assertThat(wake).contains(FIRES.plus(Duration.ofMinutes(5)));

        fixture.clock.set(wake.orElseThrow());
        service.tick(fixture.job);

        assertThat(fixture.runner.calls).containsExactly("start " + DAY, "restart " + DAY);
        assertThat(fixture.entry(DAY).state()).isEqualTo(LedgerEntry.State.COMPLETED);
        assertThat(fixture.reportMails()).hasSize(1);
    }

    @Test
    void aReportNotReadyByItsDeadlineIsAlertedOnce() {
        fixture.job = new JobSchedule(fixture.job.job(), fixture.job.spec().withAlerts(fixture.job.spec().alerts(),
                ReadyDeadline.parse("07:00")), fixture.job.calendar());
        fixture.archivedUntil = Optional.of(RoundFixture.DAY_END.minus(Duration.ofHours(1)));
        fixture.clock.set(FIRES);

        Optional<Instant> wake = service.tick(fixture.job);
        assertThat(fixture.alertMails()).isEmpty();
        assertThat(wake).contains(FIRES.plus(Duration.ofMinutes(10)));

        fixture.clock.set(Instant.parse("2026-11-24T06:00:00Z")); // 07:00 in Berlin
        service.tick(fixture.job);
        fixture.clock.advance(Duration.ofMinutes(10));
        service.tick(fixture.job);

        assertThat(fixture.alertMails()).singleElement().matches(m -> m.data().contains("NOT_READY_BY_DEADLINE"));
        assertThat(fixture.runner.calls).isEmpty();
    }

    @Test
    void aShutdownDuringACatchUpFinishesTheRunningPeriodAndLeavesTheRestForTheNextStart() {
        fixture.archivedUntil = Optional.of(Instant.parse("2026-11-26T05:00:00Z"));
        fixture.clock.set(Instant.parse("2026-11-25T05:40:00Z")); // days 23 and 24 are due
        fixture.runner.duringRun = service::stop;

        service.tick(fixture.job);

        assertThat(fixture.runner.calls).containsExactly("start " + DAY);
        assertThat(fixture.entry(DAY).state()).isEqualTo(LedgerEntry.State.COMPLETED);
        assertThat(fixture.entry("2026-11-24").state()).isEqualTo(LedgerEntry.State.PLANNED);

        fixture.runner.duringRun = () -> { };
        fixture.service("service-2").tick(fixture.job);

        assertThat(fixture.runner.calls).containsExactly("start " + DAY, "start 2026-11-24");
        assertThat(fixture.reportMails()).hasSize(2);
    }
}
