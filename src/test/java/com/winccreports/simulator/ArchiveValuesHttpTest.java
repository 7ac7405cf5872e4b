package com.winccreports.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.simulator.plant.ArchiveSeries;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Archive values over real HTTP, checked against the plant model as an oracle. */
class ArchiveValuesHttpTest extends DemoPlantHttpTest {


    @Test
    void theSameRequestTwiceAnswersIdenticalBytes() {
        String query = "?timeFrom=2026-11-20T04:00:00.000Z&timeTo=2026-11-20T06:00:00.000Z&maxValues=1000";
        HttpResponse<byte[]> first = http.archiveValues("PVArchive", query, "L1.Temperature", "L2.GoodCount", "L1.MachineState");
        HttpResponse<byte[]> second = http.archiveValues("PVArchive", query, "L1.Temperature", "L2.GoodCount", "L1.MachineState");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).hasSizeGreaterThan(50_000).isEqualTo(second.body());
    }

    @Test
    void anyPageSizeConcatenatesToTheModelsSeriesAcrossDuplicatesAndOutages() {
        Instant[] window = windowWithDefects("L1.Pressure");
        ArchiveSeries oracle = sim.model().series("PVArchive", "L1.Pressure", window[0], window[1]);
        assertThat(hasDuplicate(oracle.timestamps())).isTrue();
        for (int pageSize : new int[] {1000, 333}) {
            List<ArchivePager.Value> read = ArchivePager.readAll(http, "PVArchive", "L1.Pressure", window[0], window[1], pageSize);
            assertThat(read).as("page size %d", pageSize).containsExactlyElementsOf(values(oracle));
        }
        long duplicated = duplicateAt(oracle.timestamps());
        Instant from = Instant.ofEpochMilli(duplicated - 100_000);
        Instant to = Instant.ofEpochMilli(duplicated + 100_000);
        ArchiveSeries near = sim.model().series("PVArchive", "L1.Pressure", from, to);
        for (int pageSize : new int[] {7, 5, 4}) {
            List<ArchivePager.Value> read = ArchivePager.readAll(http, "PVArchive", "L1.Pressure", from, to, pageSize);
            assertThat(read).as("page size %d", pageSize).containsExactlyElementsOf(values(near));
        }
    }

    @Test
    void pagingAcrossAProductionDayBoundaryMatchesTheModel() {
        Instant from = Instant.parse("2026-11-21T04:40:00Z");
        Instant to = Instant.parse("2026-11-21T05:20:00Z");
        for (String tag : new String[] {"L2.GoodCount", "L2.MachineState", "L2.TemperatureSetpoint", "L1.EnergyMeter"}) {
            ArchiveSeries oracle = sim.model().series("PVArchive", tag, from, to);
            assertThat(ArchivePager.readAll(http, "PVArchive", tag, from, to, 500)).containsExactlyElementsOf(values(oracle));
        }
    }

    @Test
    void theWindowIsInclusiveAtBothEnds() {
        JsonNode item = post("PVArchive", "?timeFrom=2026-11-20T10:00:00Z&timeTo=2026-11-20T10:00:10Z", "L1.Temperature").get(0);
        List<ArchivePager.Value> values = ArchivePager.parse(item);
        assertThat(values.get(0).timestamp()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z").toEpochMilli());
        assertThat(values.get(values.size() - 1).timestamp()).isEqualTo(Instant.parse("2026-11-20T10:00:10Z").toEpochMilli());
        assertThat(values).hasSize(11);
    }

    @Test
    void maxValuesIsCappedByTheServerLimit() {
        String query = "?timeFrom=2026-11-20T00:00:00Z&timeTo=2026-11-21T00:00:00Z&maxValues=";
        assertThat(post("PVArchive", query + "5000", "L1.Speed").get(0).get("values")).hasSize(1000);
        assertThat(post("PVArchive", query + "10", "L1.Speed").get(0).get("values")).hasSize(10);
        assertThat(post("PVArchive", "?timeFrom=2026-11-20T00:00:00Z", "L1.Speed").get(0).get("values")).hasSize(1000);
        try (SimulatorServer small = SimulatorServer.start(SimulatorOptions.defaults().withMaxValuesCap(50)
                .withClock(Clock.fixed(NOW, ZoneOffset.UTC)))) {
            JsonNode answer = SimulatorHttp.JSON.readTree(new SimulatorHttp(small.baseUri())
                    .archiveValues("PVArchive", query + "1000", "L1.Speed").body());
            assertThat(answer.get(0).get("values")).hasSize(50);
        }
    }

    @Test
    void onlyTimeToAsksForTheBoundingValueInForce() {
        Instant at = Instant.parse("2026-11-20T10:30:00.500Z");
        JsonNode item = post("PVArchive", "?timeTo=" + at + "&maxValues=1", "L1.MachineState").get(0);
        ArchiveSeries before = sim.model().series("PVArchive", "L1.MachineState", at.minus(Duration.ofDays(1)), at);
        List<ArchivePager.Value> bounding = ArchivePager.parse(item);
        assertThat(bounding).containsExactly(values(before).get(before.size() - 1));
        JsonNode three = post("PVArchive", "?timeTo=2026-11-20T10:30:00Z&maxValues=3", "L1.Temperature").get(0);
        assertThat(ArchivePager.parse(three)).extracting(ArchivePager.Value::timestamp).containsExactly(
                Instant.parse("2026-11-20T10:29:58Z").toEpochMilli(), Instant.parse("2026-11-20T10:29:59Z").toEpochMilli(),
                Instant.parse("2026-11-20T10:30:00Z").toEpochMilli());
    }

    @Test
    void withoutAWindowTheLatestValuesBeforeNowAreServed() {
        List<ArchivePager.Value> latest = ArchivePager.parse(post("PVArchive", "?maxValues=2", "L1.Temperature").get(0));
        assertThat(latest).extracting(ArchivePager.Value::timestamp)
                .containsExactly(NOW.minusSeconds(1).toEpochMilli(), NOW.toEpochMilli());
    }

    @Test
    void valuesYoungerThanTheLagAreNotYetVisible() {
        try (SimulatorServer late = SimulatorServer.start(SimulatorOptions.defaults()
                .withClock(Clock.fixed(NOW, ZoneOffset.UTC)).withLateDataLag(Duration.ofMinutes(10)))) {
            SimulatorHttp client = new SimulatorHttp(late.baseUri());
            JsonNode answer = SimulatorHttp.JSON.readTree(client.archiveValues("PVArchive",
                    "?timeFrom=" + NOW.minusSeconds(900) + "&timeTo=" + NOW, "L1.Temperature").body());
            List<ArchivePager.Value> values = ArchivePager.parse(answer.get(0));
            assertThat(values).hasSize(301);
            assertThat(values.get(values.size() - 1).timestamp()).isEqualTo(NOW.minusSeconds(600).toEpochMilli());
        }
    }

    @Test
    void theBodyFormServesSeveralArchivesWithAWindowPerVariable() {
        String body = """
                {"archives":[
                  {"name":"PVArchive","variables":[{"name":"L1.Power","timeFrom":"2026-11-20T10:00:00Z","timeTo":"2026-11-20T10:00:04Z","maxValues":1000},
                                                   {"name":"L9.Nothing","timeFrom":"2026-11-20T10:00:00Z","timeTo":"2026-11-20T10:00:04Z"}]},
                  {"name":"pvarchive10s","variables":[{"name":"L2.Vibration","timeFrom":"2026-11-20T10:00:00","timeTo":"2026-11-20T11:00:00+01:00"}]},
                  {"name":"NoArchive","variables":[{"name":"L1.Power"}]}]}""";
        JsonNode answer = SimulatorHttp.JSON.readTree(http.post("/tagLogging/Values", body).body());
        assertThat(answer).hasSize(4);
        assertThat(answer.get(0).get("archiveName").asString()).isEqualTo("PVArchive");
        assertThat(answer.get(0).get("values")).hasSize(5);
        assertThat(answer.get(1).get("error").asString()).isEqualTo("unknown archive variable");
        assertThat(answer.get(2).get("values")).hasSize(1);
        assertThat(answer.get(3).get("error").asString()).isEqualTo("unknown archive");
    }

    @Test
    void valuesFollowTheShapeOfTheContract() {
        JsonNode answer = post("PVArchive", "?timeFrom=2026-11-20T10:00:00Z&timeTo=2026-11-20T10:00:00Z", "L1.Temperature", "No.Such.Tag");
        JsonNode value = answer.get(0).get("values").get(0);
        assertThat(answer.get(0).get("variableName").asString()).isEqualTo("L1.Temperature");
        assertThat(value.get("timestamp").asString()).isEqualTo("2026-11-20T10:00:00.000Z");
        assertThat(value.get("value").isNumber()).isTrue();
        assertThat(value.get("qualityCode").asInt()).isEqualTo(128);
        assertThat(value.get("flags").asInt()).isZero();
        assertThat(answer.get(1).get("variableName").asString()).isEqualTo("No.Such.Tag");
        assertThat(answer.get(1).get("error").asString()).isEqualTo("unknown archive variable");
    }

    private static JsonNode post(String archive, String query, String... tags) {
        HttpResponse<byte[]> r = http.archiveValues(archive, query, tags);
        assertThat(r.statusCode()).isEqualTo(200);
        return SimulatorHttp.JSON.readTree(r.body());
    }

    /** Two hours around a day's duplicated timestamp, on a day that also has an outage, found in the model. */
    static Instant[] windowWithDefects(String tag) {
        for (int d = 1; d < 60; d++) {
            Instant dayStart = sim.model().productionDayStart(java.time.LocalDate.parse("2026-11-20").minusDays(d));
            ArchiveSeries day = sim.model().series("PVArchive", tag, dayStart, dayStart.plus(Duration.ofDays(1)));
            long[] ts = day.timestamps();
            int dup = -1;
            int gap = -1;
            for (int i = 1; i < ts.length; i++) {
                dup = ts[i] == ts[i - 1] ? i : dup;
                gap = ts[i] - ts[i - 1] > 1000 ? i : gap;
            }
            if (dup > 0 && gap > 0 && Math.abs(ts[dup] - ts[gap]) < 6 * 3_600_000L) {
                long from = Math.min(ts[dup], ts[gap - 1]) - 600_000;
                long to = Math.max(ts[dup], ts[gap]) + 600_000;
                return new Instant[] {Instant.ofEpochMilli(from), Instant.ofEpochMilli(to)};
            }
        }
        throw new IllegalStateException("no day with a duplicate near an outage");
    }

    static long duplicateAt(long[] ts) {
        for (int i = 1; i < ts.length; i++) {
            if (ts[i] == ts[i - 1]) {
                return ts[i];
            }
        }
        throw new IllegalStateException("no duplicate");
    }

    static boolean hasDuplicate(long[] ts) {
        for (int i = 1; i < ts.length; i++) {
            if (ts[i] == ts[i - 1]) {
                return true;
            }
        }
        return false;
    }

    static List<ArchivePager.Value> values(ArchiveSeries s) {
        List<ArchivePager.Value> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            out.add(new ArchivePager.Value(s.timestamps()[i], s.values()[i], s.qualities()[i]));
        }
        return out;
    }
}
