package com.winccreports.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Alarm archives, rest filters and the message list. */
class AlarmHttpTest extends DemoPlantHttpTest {


    @Test
    void restFiltersAreListed() {
        JsonNode items = SimulatorHttp.ok(http.get("/alarmLogging/RestFilters")).get("items");
        assertThat(items).extracting(i -> i.get("name").asString()).contains("AllAlarms", "Last24h", "Downtime", "L1");
    }

    @Test
    void aPastProductionDayIsServedThroughTimeFromAndTimeTo() {
        String window = "timeFrom=2026-11-02T05:00:00Z&timeTo=2026-11-03T05:00:00Z";
        JsonNode messages = SimulatorHttp.ok(http.get("/alarmLogging/LongTermArchive/Downtime?maxValues=1000&" + window));
        assertThat(messages.size()).isGreaterThan(10).isLessThan(1000);
        long previous = 0;
        for (JsonNode m : messages) {
            long t = Instant.parse(m.get("timestamp").asString()).toEpochMilli();
            assertThat(t).isBetween(Instant.parse("2026-11-02T05:00:00Z").toEpochMilli(),
                    Instant.parse("2026-11-03T05:00:00Z").toEpochMilli()).isGreaterThanOrEqualTo(previous);
            previous = t;
            assertThat(m.get("className").asString()).isEqualTo("Error");
            assertThat(m.get("state").asInt()).isIn(1, 2, 3);
            assertThat(m.get("text1").asString()).contains("machine down");
            assertThat(m.get("computerName").asString()).isEqualTo("WINCC-SRV01");
        }
        JsonNode again = SimulatorHttp.ok(http.get("/alarmLogging/LongTermArchive/Downtime?maxValues=1000&" + window));
        assertThat(again).isEqualTo(messages);
    }

    @Test
    void filtersSelectLinesAndTheCapTruncates() {
        JsonNode l2 = SimulatorHttp.ok(http.get("/alarmLogging/LongTermArchive/L2?timeFrom=2026-11-20T05:00:00Z&timeTo=2026-11-21T05:00:00Z"));
        assertThat(l2).allSatisfy(m -> assertThat(m.get("text1").asString()).startsWith("L2"));
        JsonNode capped = SimulatorHttp.ok(http.get("/alarmLogging/LongTermArchive/AllAlarms?maxValues=5000"));
        assertThat(capped).hasSize(1000);
        assertThat(SimulatorHttp.ok(http.get("/alarmLogging/LongTermArchive/AllAlarms?maxValues=3"))).hasSize(3);
    }

    @Test
    void theDefaultWindowEndsNowAndTheShortTermArchiveHoldsOneDay() {
        JsonNode last24h = SimulatorHttp.ok(http.get("/alarmLogging/LongTermArchive/Last24h"));
        JsonNode shortTerm = SimulatorHttp.ok(http.get("/alarmLogging/ShortTermArchive/AllAlarms"));
        assertThat(shortTerm).isEqualTo(last24h);
        assertThat(last24h).allSatisfy(m -> assertThat(Instant.parse(m.get("timestamp").asString()))
                .isBetween(NOW.minusSeconds(86400), NOW));
    }

    @Test
    void theMessageListHoldsTheAlarmsActiveNow() {
        var down = sim.model().alarmInstances("L1", java.time.LocalDate.parse("2026-11-23")).stream()
                .filter(a -> a.className().equals("Error") && a.clearedMillis() - a.raisedMillis() > 120_000).findFirst()
                .orElseThrow();
        Instant during = Instant.ofEpochMilli(down.raisedMillis() + 60_000);
        try (SimulatorServer then = SimulatorServer.start(SimulatorOptions.defaults()
                .withClock(Clock.fixed(during, ZoneOffset.UTC)))) {
            JsonNode active = SimulatorHttp.ok(new SimulatorHttp(then.baseUri()).get("/alarmLogging/MessageList/AllAlarms"));
            assertThat(active).anySatisfy(m -> {
                assertThat(m.get("msgNo").asInt()).isEqualTo(down.msgNo());
                assertThat(Instant.parse(m.get("timestamp").asString()).toEpochMilli()).isEqualTo(down.raisedMillis());
                assertThat(m.get("state").asInt()).isEqualTo(down.acknowledgedMillis() <= during.toEpochMilli() ? 3 : 1);
            });
            assertThat(active).allSatisfy(m -> assertThat(m.get("state").asInt()).isIn(1, 3));
        }
    }

    @Test
    void unknownFiltersAndArchivesGet404() {
        assertThat(http.get("/alarmLogging/LongTermArchive/NoFilter").statusCode()).isEqualTo(404);
        assertThat(http.get("/alarmLogging/MidTermArchive/AllAlarms").statusCode()).isEqualTo(404);
        assertThat(http.get("/alarmLogging/LongTermArchive/AllAlarms?maxValues=0").statusCode()).isEqualTo(400);
    }
}
