package com.winccreports.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code schedules} shows: trigger, catch-up, next fire times in local time, and the latest periods. */
class ScheduleListingTest {

    @TempDir
    Path temp;

    @Test
    void showsNextFireTimesInSiteTimeAndSkippedAndCompletedPeriods() throws IOException {
        try (RoundFixture fixture = new RoundFixture(temp)) {
            fixture.job = new JobSchedule(fixture.job.job(), fixture.job.spec().withCatchUp(CatchUp.latestOnly()),
                    fixture.job.calendar());
            ScheduleRound service = fixture.service("service-1");
            service.tick(fixture.job);
            fixture.archivedUntil = Optional.of(Instant.parse("2026-11-26T06:00:00Z"));
            fixture.clock.set(Instant.parse("2026-11-26T05:40:00Z")); // two days later, 06:40 in Berlin
            service.tick(fixture.job);

            String text = new ScheduleListing(fixture.clock, fixture.ledger).render(List.of(fixture.job), 2, 5);

            assertThat(text).contains("shift-report\n",
                    "  trigger   after each production day +PT30M in Europe/Berlin",
                    "  catch-up  only the latest missed period",
                    "    2026-11-27 06:30:00 +01:00  2026-11-26\n",
                    "    2026-11-28 06:30:00 +01:00  2026-11-27\n");
            // days 23 and 24 were missed, 25 (ended 06:00 today) is the latest and ran
            assertThat(text).containsPattern("2026-11-25 +COMPLETED +v1");
            assertThat(text).containsPattern("2026-11-24 +SKIPPED +skipped by the catch-up policy");
            assertThat(text).containsPattern("2026-11-23 +SKIPPED");
            assertThat(text.indexOf("    2026-11-25 ")).isLessThan(text.indexOf("    2026-11-23 "));
        }
    }

    @Test
    void aNewJobHasNoHistoryYet() throws IOException {
        try (RoundFixture fixture = new RoundFixture(temp)) {
            String text = new ScheduleListing(fixture.clock, fixture.ledger).render(List.of(fixture.job), 1, 5);

            assertThat(text).contains("  last (none yet)");
            assertThat(text).contains("  wait      up to PT2H, re-issue on late data");
            assertThat(Duration.ofHours(2)).isEqualTo(fixture.job.spec().completeness().grace());
        }
    }
}
