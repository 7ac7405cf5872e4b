package com.winccreports.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Current values (read and write) and the paged configuration lists. */
class TagsAndListsHttpTest extends DemoPlantHttpTest {


    @Test
    void aCurrentValueIsTheNewestArchivedValueAtNow() {
        JsonNode item = json(http.get("/tagManagement/Value/L2.EnergyMeter"));
        double archived = sim.model().series("PVArchive", "L2.EnergyMeter", NOW, NOW.plusSeconds(1)).values()[0];
        assertThat(item.get("variableName").asString()).isEqualTo("L2.EnergyMeter");
        assertThat(item.get("dataType").asInt()).isEqualTo(4);
        assertThat(item.get("value").asDouble()).isEqualTo(archived);
        assertThat(item.get("timestamp").asString()).isEqualTo("2026-11-24T12:00:00.000Z");
        assertThat(item.get("qualityCode").asInt()).isEqualTo(128);
        assertThat(http.get("/tagManagement/Value/No.Such.Tag").statusCode()).isEqualTo(404);
    }

    @Test
    void severalValuesComeInRequestOrderWithPerItemErrors() {
        JsonNode items = json(http.post("/tagManagement/Values", "{\"variableNames\":[\"L1.Speed\",\"Nope\",\"L2.MachineState\"]}"));
        assertThat(items).hasSize(3);
        assertThat(items.get(0).get("variableName").asString()).isEqualTo("L1.Speed");
        assertThat(items.get(1).get("error").asString()).isEqualTo("unknown variable");
        assertThat(items.get(2).get("value").asInt()).isBetween(1, 4);
    }

    @Test
    void writtenValuesAreReadBackAndBadValuesAreRefused() {
        JsonNode written = json(http.send("PUT", "/tagManagement/Value/L1.TemperatureSetpoint", "{\"value\":\"70.25\"}"));
        assertThat(written.get("value").asDouble()).isEqualTo(70.25);
        assertThat(json(http.get("/tagManagement/Value/l1.temperaturesetpoint")).get("value").asDouble()).isEqualTo(70.25);
        HttpResponse<byte[]> bad = http.send("PUT", "/tagManagement/Value/L1.TemperatureSetpoint", "{\"value\":\"warm\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(SimulatorHttp.JSON.readTree(bad.body()).get("parameter").asString()).isEqualTo("value");
        JsonNode many = json(http.send("PUT", "/tagManagement/Values",
                "[{\"variableName\":\"L2.TemperatureSetpoint\",\"value\":66},{\"variableName\":\"X\",\"value\":1},"
                        + "{\"variableName\":\"L2.Speed\",\"value\":\"fast\"}]"));
        assertThat(many.get(0).get("value").asDouble()).isEqualTo(66);
        assertThat(many.get(1).get("error").asString()).isEqualTo("unknown variable");
        assertThat(many.get(2).get("error").asString()).contains("numeric");
    }

    @Test
    void theTagListPagesWithContinuationPoints() {
        List<String> names = new ArrayList<>();
        String cp = null;
        int pages = 0;
        do {
            JsonNode page = json(http.get("/tagManagement/Variables?itemLimit=7" + (cp == null ? "" : "&continuationPoint=" + cp)));
            page.get("items").forEach(i -> names.add(i.get("variableName").asString()));
            cp = page.has("continuationPoint") ? page.get("continuationPoint").asString() : null;
            pages++;
        } while (cp != null);
        assertThat(names).hasSize(24).doesNotHaveDuplicates().contains("L1.Temperature", "L2.AmbientHumidity");
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void archivesAndTheirTagsAreListed() {
        JsonNode archives = json(http.get("/tagLogging/Archives")).get("items");
        assertThat(archives).extracting(a -> a.get("name").asString())
                .containsExactly("PVArchive", "PVArchive10s", "PVArchive1min");
        assertThat(archives.get(1).get("cycleTimeMs").asLong()).isEqualTo(10_000);
        JsonNode first = json(http.get("/tagLogging/Archive/PVArchive/Variables?itemLimit=15"));
        JsonNode rest = json(http.get("/tagLogging/Archive/PVArchive/Variables?itemLimit=15&continuationPoint="
                + first.get("continuationPoint").asInt()));
        assertThat(first.get("items")).hasSize(15);
        assertThat(rest.get("items")).hasSize(5);
        assertThat(rest.has("continuationPoint")).isFalse();
        assertThat(first.get("items").get(8).get("acquisition").asString()).isEqualTo("onChange");
        assertThat(first.get("items").get(0).get("unit").asString()).isEqualTo("°C");
    }

    private static JsonNode json(HttpResponse<byte[]> r) {
        assertThat(r.statusCode()).as(new String(r.body())).isIn(200, 201);
        return SimulatorHttp.JSON.readTree(r.body());
    }
}
