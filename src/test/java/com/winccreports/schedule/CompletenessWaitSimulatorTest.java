package com.winccreports.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.job.watermark.CyclicTag;
import com.winccreports.job.watermark.WinccWatermark;
import com.winccreports.simulator.SimulatorOptions;
import com.winccreports.simulator.SimulatorServer;
import com.winccreports.wincc.Credentials;
import com.winccreports.wincc.SourceSettings;
import com.winccreports.wincc.Ticker;
import com.winccreports.wincc.WinccClient;
import com.winccreports.wincc.WinccClientFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completeness wait against the embedded WinCC simulator, whose archive shows values only 45 minutes
 * after their time (its late-data lag), on the same driven clock as the scheduler.
 */
class CompletenessWaitSimulatorTest {

    private static final Duration LAG = Duration.ofMinutes(45);
    private static final Instant FIRES = RoundFixture.DAY_END.plus(Duration.ofMinutes(30));
    private static final List<CyclicTag> TAGS = List.of(
            new CyclicTag("PVArchive", "L1.Temperature", Duration.ofSeconds(1)),
            new CyclicTag("PVArchive10s", "L1.Vibration", Duration.ofSeconds(10)),
            new CyclicTag("PVArchive1min", "L2.AmbientHumidity", Duration.ofMinutes(1)));

    @TempDir
    Path temp;
    private RoundFixture fixture;
    private SimulatorServer simulator;
    private WinccWatermark watermark;

    @BeforeEach
    void start() throws IOException {
        fixture = new RoundFixture(temp);
        simulator = SimulatorServer.start(SimulatorOptions.defaults().withClock(fixture.clock).withLateDataLag(LAG)
                .withUsers(Map.of("reports", "test-only")));
        WinccClient client = new WinccClientFactory(Map.of(), Ticker.system()).create(SourceSettings.withDefaults(
                "sim", simulator.baseUri(), new Credentials("reports", "test-only".toCharArray())), null);
        watermark = new WinccWatermark(job -> Optional.of(new WinccWatermark.WatchedTags(client, TAGS)));
    }

    @AfterEach
    void stop() throws IOException {
        simulator.close();
        fixture.close();
    }

    @Test
    void theWatermarkTrailsTheClockByTheArchiveLag() {
        fixture.clock.set(FIRES);

        Instant archived = watermark.archivedUntil(RoundFixture.JOB, FIRES).orElseThrow();

        Instant visible = FIRES.minus(LAG);
        assertThat(archived).isAfter(visible.minus(Duration.ofMinutes(1))).isBeforeOrEqualTo(visible.plusSeconds(1));
    }

    @Test
    void theRunWaitsUntilTheSimulatorShowsTheWholeDayThenProceedsComplete() {
        ScheduleRound service = fixture.service("service-1", watermark::archivedUntil);
        service.tick(fixture.job);
        fixture.clock.set(FIRES);

        Optional<Instant> wake = service.tick(fixture.job);
        assertThat(fixture.runner.calls).isEmpty();
        assertThat(fixture.entry("2026-11-23").state()).isEqualTo(LedgerEntry.State.WAITING);

        fixture.clock.set(wake.orElseThrow()); // 05:40 UTC: the archive shows up to 04:55
        wake = service.tick(fixture.job);
        assertThat(fixture.runner.calls).isEmpty();

        fixture.clock.set(wake.orElseThrow()); // 05:50 UTC: the archive shows up to 05:05, past the day's end
        service.tick(fixture.job);

        assertThat(fixture.runner.calls).containsExactly("start 2026-11-23");
        assertThat(fixture.runner.requests.get(0).incomplete()).isFalse();
        assertThat(fixture.entry("2026-11-23").state()).isEqualTo(LedgerEntry.State.COMPLETED);
    }
}
