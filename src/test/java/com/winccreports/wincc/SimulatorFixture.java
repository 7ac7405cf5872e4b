package com.winccreports.wincc;

import com.winccreports.simulator.FaultSettings;
import com.winccreports.simulator.SimulatorOptions;
import com.winccreports.simulator.SimulatorServer;
import com.winccreports.simulator.plant.ArchiveSeries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The embedded simulator as the server of the client's HTTP tests: pinned clock, loopback, port 0.
 * Its plant model is the oracle; the client shares no code with it.
 */
final class SimulatorFixture {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final String ARCHIVE = "PVArchive";

    private SimulatorFixture() {
    }

    static SimulatorServer start(FaultSettings faults) {
        return SimulatorServer.start(SimulatorOptions.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC))
                .withFaults(faults).withUsers(Map.of("reports", "s3cret-pw")));
    }

    static SimulatorServer start() {
        return start(FaultSettings.none());
    }

    /** Settings with tiny backoff, so that retries in tests cost no real time worth waiting for. */
    static SourceSettings settings(SimulatorServer sim, int pageSize) {
        return new SourceSettings("sim-test", sim.baseUri(), new Credentials("reports", "s3cret-pw".toCharArray()),
                pageSize, 1000, 8, Duration.ofSeconds(5), Duration.ofSeconds(5),
                new RetrySettings(8, Duration.ofMillis(1), 2.0, Duration.ofMillis(20), 0.2, Duration.ofMinutes(5)),
                Duration.ofDays(7), null, null);
    }

    static WinccClient client(SourceSettings settings, Ticker ticker) {
        return new WinccClientFactory(Map.of(), ticker).create(settings, null);
    }

    static WinccClient client(SimulatorServer sim, int pageSize) {
        return client(settings(sim, pageSize), Ticker.system());
    }

    /** The simulator's own sequence of a tag in {@code [from, to)}, as a page (the oracle). */
    static ArchivePage oracle(SimulatorServer sim, String tag, Instant from, Instant to) {
        ArchiveSeries series = sim.model().series(ARCHIVE, tag, from, to);
        return new ArchivePage(series.tag(), series.timestamps(), series.values(), series.qualities());
    }

    /** The first instant in {@code [from, to)} that holds more than one value of the tag. */
    static long firstDuplicateInstant(SimulatorServer sim, String tag, Instant from, Instant to) {
        long[] ts = sim.model().series(ARCHIVE, tag, from, to).timestamps();
        for (int i = 1; i < ts.length; i++) {
            if (ts[i] == ts[i - 1]) {
                return ts[i];
            }
        }
        throw new IllegalStateException("no duplicate timestamp of " + tag + " in [" + from + ", " + to + ")");
    }
}
