package com.winccreports.wincc.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.winccreports.simulator.SimulatorServer;
import com.winccreports.simulator.plant.ArchiveSeries;
import com.winccreports.wincc.ArchivePage;
import com.winccreports.wincc.Credentials;
import com.winccreports.wincc.RetrySettings;
import com.winccreports.wincc.SourceSettings;
import com.winccreports.wincc.Ticker;
import com.winccreports.wincc.WinccClient;
import com.winccreports.wincc.WinccClientFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;

/** The archive reader, stopped after any commit and reopened from the saved context, continues exactly. */
class ArchivePageReaderTest {

    private static final List<String> TAGS = List.of("L1.Temperature", "L1.MachineState", "L2.Pressure");
    private static SimulatorServer sim;
    private static WinccClient client;
    private static Instant from;
    private static Instant to;

    @BeforeAll
    static void start() {
        sim = SimulatorServer.start(com.winccreports.simulator.SimulatorOptions.defaults()
                .withClock(Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC)));
        SourceSettings settings = new SourceSettings("sim", sim.baseUri(), new Credentials("demo", "demo".toCharArray()),
                5, 1000, 4, Duration.ofSeconds(5), Duration.ofSeconds(5), RetrySettings.defaults(), Duration.ofDays(7),
                null, null);
        client = new WinccClientFactory(Map.of(), Ticker.system()).create(settings, null);
        long duplicate = firstDuplicate("L1.Temperature", Instant.parse("2026-11-19T05:00:00Z"));
        from = Instant.ofEpochMilli(duplicate).minusSeconds(13);
        to = Instant.ofEpochMilli(duplicate).plusSeconds(20);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void readsEveryTagOfTheGroupExactly() throws Exception {
        ArchivePageReader reader = reader();
        reader.open(new ExecutionContext());
        assertThat(drain(reader, new LinkedHashMap<>())).isEqualTo(expected());
    }

    @Test
    void aRestartAfterAnyCommitContinuesWithExactlyTheNextValue() throws Exception {
        int pages = countPages();
        assertThat(pages).isGreaterThan(8);
        for (int committed = 1; committed < pages; committed++) {
            ArchivePageReader first = reader();
            ExecutionContext context = new ExecutionContext();
            first.open(context);
            Map<String, List<ArchivePage>> seen = new LinkedHashMap<>();
            for (int i = 0; i < committed; i++) {
                ArchivePage page = first.read();
                seen.computeIfAbsent(page.tag(), t -> new ArrayList<>()).add(page);
            }
            first.update(context);
            // an uncommitted read after the last update is lost with the crash
            first.read();
            ExecutionContext saved = new ExecutionContext(new LinkedHashMap<>(context.toMap()));
            ArchivePageReader restarted = reader();
            restarted.open(saved);
            assertThat(drain(restarted, seen)).as("restart after %d pages", committed).isEqualTo(expected());
        }
    }

    @Test
    void aChangedTagGroupIsRefusedOnRestart() {
        ArchivePageReader first = reader();
        ExecutionContext context = new ExecutionContext();
        first.open(context);
        first.read();
        first.update(context);
        ArchivePageReader other = new ArchivePageReader(client, "PVArchive", List.of("L2.Power"), from, to);
        other.setName("slice");
        assertThatThrownBy(() -> other.open(context)).isInstanceOf(ItemStreamException.class)
                .hasMessageContaining("L1.Temperature").hasMessageContaining("L2.Power");
    }

    private static ArchivePageReader reader() {
        ArchivePageReader reader = new ArchivePageReader(client, "PVArchive", TAGS, from, to);
        reader.setName("slice");
        return reader;
    }

    private static int countPages() throws Exception {
        ArchivePageReader reader = reader();
        reader.open(new ExecutionContext());
        int pages = 0;
        while (reader.read() != null) {
            pages++;
        }
        return pages;
    }

    private static Map<String, List<Double>> drain(ArchivePageReader reader, Map<String, List<ArchivePage>> seen)
            throws Exception {
        for (ArchivePage page = reader.read(); page != null; page = reader.read()) {
            seen.computeIfAbsent(page.tag(), t -> new ArrayList<>()).add(page);
        }
        Map<String, List<Double>> values = new LinkedHashMap<>();
        seen.forEach((tag, pages) -> pages.forEach(p -> {
            for (int i = 0; i < p.size(); i++) {
                values.computeIfAbsent(tag, t -> new ArrayList<>()).add(p.timestampsMillis()[i] / 1000.0 + p.values()[i]);
            }
        }));
        return values;
    }

    private static Map<String, List<Double>> expected() {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        for (String tag : TAGS) {
            ArchiveSeries series = sim.model().series("PVArchive", tag, from, to);
            for (int i = 0; i < series.size(); i++) {
                values.computeIfAbsent(tag, t -> new ArrayList<>()).add(series.timestamps()[i] / 1000.0 + series.values()[i]);
            }
        }
        return values;
    }

    private static long firstDuplicate(String tag, Instant dayStart) {
        long[] ts = sim.model().series("PVArchive", tag, dayStart, dayStart.plus(Duration.ofDays(1))).timestamps();
        for (int i = 1; i < ts.length; i++) {
            if (ts[i] == ts[i - 1]) {
                return ts[i];
            }
        }
        throw new IllegalStateException("no duplicate");
    }
}
