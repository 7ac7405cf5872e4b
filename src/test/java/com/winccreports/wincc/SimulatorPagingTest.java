package com.winccreports.wincc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.winccreports.simulator.SimulatorServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Window paging and bounding values over real HTTP against the simulator. */
class SimulatorPagingTest {

    private static final Instant FROM = Instant.parse("2026-11-20T05:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-20T08:20:00Z");
    private static SimulatorServer sim;

    @BeforeAll
    static void start() {
        sim = SimulatorFixture.start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @ParameterizedTest(name = "page size {0}")
    @ValueSource(ints = {37, 333, 1000, 4096, 50_000})
    void pagingALongWindowGivesExactlyTheSimulatorsSequence(int pageSize) {
        WinccClient client = SimulatorFixture.client(sim, pageSize);
        ArchivePage expected = SimulatorFixture.oracle(sim, "L1.Pressure", FROM, TO);
        ArchivePage read = client.readWindow("PVArchive", "L1.Pressure", FROM, TO);
        assertThat(expected.size()).isGreaterThan(10_000);
        assertThat(read).isEqualTo(expected);
    }

    @Test
    void aPageSizeAboveTheServerCapStillReachesTheWindowEnd() {
        WinccClient client = SimulatorFixture.client(sim, 50_000);
        WindowPager pager = client.pager("PVArchive", "L2.Temperature", FROM, TO);
        int pages = 0;
        int values = 0;
        for (ArchivePage page = pager.next(); page != null; page = pager.next()) {
            pages++;
            values += page.size();
            assertThat(page.size()).isLessThanOrEqualTo(1000);
        }
        assertThat(values).isEqualTo(SimulatorFixture.oracle(sim, "L2.Temperature", FROM, TO).size());
        assertThat(pages).isGreaterThan(10);
    }

    @ParameterizedTest(name = "window from {0} s before the duplicate instant, page size {1}")
    @CsvSource({"2, 4", "3, 4", "3, 5", "4, 5", "0, 4"})
    void boundaryDuplicatesAreHandedOutOnceEach(int secondsBefore, int pageSize) {
        Instant dayStart = Instant.parse("2026-11-19T05:00:00Z");
        Instant dayEnd = dayStart.plus(Duration.ofDays(1));
        long duplicate = SimulatorFixture.firstDuplicateInstant(sim, "L1.Temperature", dayStart, dayEnd);
        Instant from = Instant.ofEpochMilli(duplicate).minusSeconds(secondsBefore);
        Instant to = Instant.ofEpochMilli(duplicate).plusSeconds(30);
        WinccClient client = SimulatorFixture.client(sim, pageSize);
        ArchivePage read = client.readWindow("PVArchive", "L1.Temperature", from, to);
        ArchivePage expected = SimulatorFixture.oracle(sim, "L1.Temperature", from, to);
        assertThat(read).isEqualTo(expected);
        assertThat(countAt(read, duplicate)).isEqualTo(3);
    }

    @Test
    void manyValuesAtOneInstantFailLoudlyNamingTagAndInstant() {
        Instant dayStart = Instant.parse("2026-11-19T05:00:00Z");
        long duplicate = SimulatorFixture.firstDuplicateInstant(sim, "L1.Temperature", dayStart,
                dayStart.plus(Duration.ofDays(1)));
        WinccClient client = SimulatorFixture.client(sim, 2);
        Instant from = Instant.ofEpochMilli(duplicate);
        assertThatThrownBy(() -> client.readWindow("PVArchive", "L1.Temperature", from, from.plusSeconds(60)))
                .isInstanceOf(WinccException.class)
                .hasMessageContaining("tag 'L1.Temperature'")
                .hasMessageContaining(from.toString())
                .hasMessageContaining("server 'sim-test'");
    }

    @Test
    void boundingValueOfAnOnChangeTagIsTheLastChangeBeforeTheWindow() {
        WinccClient client = SimulatorFixture.client(sim, 1000);
        Instant at = Instant.parse("2026-11-20T13:00:00Z");
        ArchivePage history = SimulatorFixture.oracle(sim, "L1.MachineState", at.minus(Duration.ofDays(2)),
                at.plusMillis(1));
        int last = history.size() - 1;
        BoundingValue bounding = client.boundingValue("PVArchive", "L1.MachineState", at);
        assertThat(bounding).isEqualTo(new BoundingValue.Found("L1.MachineState", history.timestampsMillis()[last],
                history.values()[last], history.qualities()[last]));
        assertThat(history.timestampsMillis()[last]).isLessThan(at.toEpochMilli());
    }

    @Test
    void boundingValuesOfSeveralTagsComeInOneRequestAndEqualTheSingleAnswers() {
        WinccClient client = SimulatorFixture.client(sim, 1000);
        Instant at = Instant.parse("2026-11-20T13:00:00Z");
        List<String> tags = List.of("L1.MachineState", "L1.Temperature", "L1.GoodCount", "L2.Speed");
        int before = sim.requestLog().entries().size();
        Map<String, BoundingValue> together = client.boundingValues("PVArchive", tags, at);
        assertThat(sim.requestLog().entries().size() - before).as("requests for four tags").isEqualTo(1);
        assertThat(together.keySet()).containsExactlyElementsOf(tags);
        for (String tag : tags) {
            assertThat(together.get(tag)).isInstanceOf(BoundingValue.Found.class)
                    .isEqualTo(client.boundingValue("PVArchive", tag, at));
        }
    }

    @Test
    void boundingValueIsNoneFoundBeforeTheArchiveStartsOrBeyondTheLookBack() {
        WinccClient client = SimulatorFixture.client(sim, 1000);
        Instant beforeArchive = sim.model().archiveStart().minusSeconds(3600);
        assertThat(client.boundingValue("PVArchive", "L1.TemperatureSetpoint", beforeArchive))
                .isInstanceOf(BoundingValue.NoneFound.class);
        SourceSettings shortLookBack = new SourceSettings("sim-test", sim.baseUri(), new Credentials("reports",
                "s3cret-pw".toCharArray()), 1000, 100, 4, Duration.ofSeconds(5), Duration.ofSeconds(30), null,
                Duration.ofMillis(1), null, null);
        Instant at = Instant.parse("2026-11-20T13:00:00.500Z");
        assertThat(SimulatorFixture.client(shortLookBack, Ticker.system())
                .boundingValue("PVArchive", "L1.MachineState", at))
                .isEqualTo(new BoundingValue.NoneFound("L1.MachineState", at, Duration.ofMillis(1)));
    }

    @Test
    void perItemErrorsComeBackTyped() {
        WinccClient client = SimulatorFixture.client(sim, 1000);
        List<TagResult> results = client.values("PVArchive", List.of("L1.Power", "No.Such.Tag"), FROM,
                FROM.plusSeconds(9), 100);
        assertThat(results).hasSize(2);
        assertThat(((TagResult.Values) results.get(0)).page().size()).isEqualTo(10);
        assertThat(results.get(1)).isEqualTo(new TagResult.Error("No.Such.Tag", "unknown archive variable"));
        assertThat(client.boundingValue("PVArchive", "No.Such.Tag", FROM)).isInstanceOf(BoundingValue.TagError.class);
        assertThatThrownBy(() -> client.readWindow("PVArchive", "No.Such.Tag", FROM, TO))
                .hasMessageContaining("unknown archive variable").hasMessageContaining("tag 'No.Such.Tag'");
    }

    @Test
    void theBodyFormReadsTheSameValues() {
        SourceSettings query = SimulatorFixture.settings(sim, 700);
        SourceSettings body = new SourceSettings(query.name(), query.baseUri(), query.credentials(), 700, 1000, 4,
                query.connectTimeout(), query.readTimeout(), query.retry(), query.boundingLookBack(), null,
                SourceSettings.ValuesRequestForm.BODY);
        Instant to = FROM.plus(Duration.ofMinutes(40));
        assertThat(SimulatorFixture.client(body, Ticker.system()).readWindow("PVArchive", "L1.Speed", FROM, to))
                .isEqualTo(SimulatorFixture.oracle(sim, "L1.Speed", FROM, to));
    }

    private static int countAt(ArchivePage page, long instant) {
        int count = 0;
        for (long ts : page.timestampsMillis()) {
            count += ts == instant ? 1 : 0;
        }
        return count;
    }
}
