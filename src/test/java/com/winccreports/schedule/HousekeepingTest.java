package com.winccreports.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retention per job: old report folders, staging and history go; recent ones and other jobs' stay. */
class HousekeepingTest {

    @TempDir
    Path temp;

    @Test
    void purgesWhatIsOlderThanEachRetentionAndNothingElse() throws IOException {
        try (RoundFixture fixture = new RoundFixture(temp)) {
            Path output = temp.resolve("output");
            Path old = report(output, "shift-report", "2026-08-01", Instant.parse("2026-08-02T06:00:00Z"));
            Path recent = report(output, "shift-report", "2026-11-20", Instant.parse("2026-11-21T06:00:00Z"));
            Path otherJob = report(output, "record-export", "2026-08-01", Instant.parse("2026-08-02T06:00:00Z"));
            completeOneDay(fixture);
            List<String> purgeCalls = new ArrayList<>();
            JobDataPurger purger = recordingPurger(purgeCalls);
            JobSchedule job = new JobSchedule(fixture.job.job(), fixture.job.spec().withRetention(
                    new Retention(Duration.ofDays(30), Duration.ofDays(7), Duration.ofDays(1))), fixture.job.calendar());
            fixture.clock.set(Instant.parse("2026-11-26T04:15:00Z"));

            Housekeeping.Purged purged = new Housekeeping(fixture.clock, output, fixture.ledger, purger).purge(job);

            assertThat(old).doesNotExist();
            assertThat(recent).exists();
            assertThat(otherJob).exists();
            assertThat(purged.outputFolders()).isEqualTo(1);
            assertThat(purgeCalls).containsExactly("staging before 2026-11-19T04:15:00Z",
                    "history before 2026-11-25T04:15:00Z");
            assertThat(purged.ledgerRows()).isEqualTo(1);
            assertThat(fixture.ledger.recent(fixture.job.job(), 10)).isEmpty();
        }
    }

    @Test
    void keepsEverythingWithoutRetention() throws IOException {
        try (RoundFixture fixture = new RoundFixture(temp)) {
            Path output = temp.resolve("output");
            Path old = report(output, "shift-report", "2020-01-01", Instant.parse("2020-01-02T06:00:00Z"));

            Housekeeping.Purged purged = new Housekeeping(fixture.clock, output, fixture.ledger,
                    recordingPurger(new ArrayList<>())).purge(fixture.job);

            assertThat(old).exists();
            assertThat(purged).isEqualTo(new Housekeeping.Purged("shift-report", 0, 0, 0, 0));
        }
    }

    @Test
    void neverDeletesThroughALinkOrOutsideTheJobsOutputFolder() throws IOException {
        try (RoundFixture fixture = new RoundFixture(temp)) {
            Path output = temp.resolve("output");
            Path data = Files.createDirectories(temp.resolve("data"));
            Path database = Files.writeString(data.resolve("wincc-reports.mv.db"), "database");
            Files.setLastModifiedTime(database, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
            Files.setLastModifiedTime(data, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
            Path old = report(output, "shift-report", "2026-08-01", Instant.parse("2026-08-02T06:00:00Z"));
            Files.createSymbolicLink(output.resolve("shift-report").resolve("2026-07-01"), data);
            JobSchedule job = new JobSchedule(fixture.job.job(), fixture.job.spec().withRetention(
                    new Retention(Duration.ofDays(30), null, null)), fixture.job.calendar());
            fixture.clock.set(Instant.parse("2026-11-26T04:15:00Z"));

            Housekeeping.Purged purged = new Housekeeping(fixture.clock, output, fixture.ledger,
                    recordingPurger(new ArrayList<>())).purge(job);

            assertThat(old).doesNotExist();
            assertThat(purged.outputFolders()).isEqualTo(1);
            assertThat(database).hasContent("database");
        }
    }

    private static void completeOneDay(RoundFixture fixture) {
        ScheduleRound service = fixture.service("service-1");
        service.tick(fixture.job);
        fixture.archivedUntil = Optional.of(RoundFixture.DAY_END);
        fixture.clock.set(RoundFixture.DAY_END.plus(Duration.ofMinutes(30)));
        service.tick(fixture.job);
    }

    private static Path report(Path output, String job, String period, Instant written) throws IOException {
        Path folder = Files.createDirectories(output.resolve(job).resolve(period).resolve("v1"));
        Path file = Files.writeString(folder.resolve("report.pdf"), "report");
        for (Path path : List.of(file, folder, folder.getParent())) {
            Files.setLastModifiedTime(path, FileTime.from(written));
        }
        return folder.getParent();
    }

    private static JobDataPurger recordingPurger(List<String> calls) {
        return new JobDataPurger() {
            @Override
            public int purgeStaging(String job, Instant before) {
                calls.add("staging before " + before);
                return 0;
            }

            @Override
            public int purgeHistory(String job, Instant before) {
                calls.add("history before " + before);
                return 0;
            }
        };
    }
}
