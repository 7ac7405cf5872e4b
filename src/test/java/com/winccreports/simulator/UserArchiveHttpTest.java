package com.winccreports.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.simulator.plant.BatchRecord;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The user-archive namespace: list, filter, order, continuation, insert/update/delete. */
class UserArchiveHttpTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private SimulatorServer sim;
    private SimulatorHttp http;

    @BeforeEach
    void start() {
        sim = SimulatorServer.start(SimulatorOptions.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
        http = new SimulatorHttp(sim.baseUri());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void archivesListTheirFields() {
        JsonNode items = SimulatorHttp.ok(http.get("/userArchive/Archives")).get("items");
        assertThat(items).extracting(i -> i.get("name").asString()).containsExactly("BatchRecords", "Recipes");
        assertThat(items.get(0).get("fields")).extracting(f -> f.get("name").asString()).contains("ID", "BatchId", "Line",
                "Product", "Recipe", "StartTime", "EndTime", "PlannedQty", "GoodQty", "ScrapQty", "ReworkQty", "Operator");
        assertThat(items.get(1).get("fields")).extracting(f -> f.get("name").asString())
                .contains("ID", "Recipe", "Product", "IdealCycleTimeS", "TemperatureSetpoint");
    }

    @Test
    void aFilteredPagedReadReturnsTheModelsBatchesOfThatDay() {
        Instant from = Instant.parse("2026-11-22T05:00:00Z");
        Instant to = Instant.parse("2026-11-23T05:00:00Z");
        String filter = SimulatorHttp.enc("Line = 'L1' AND StartTime >= '" + from + "' and StartTime < '" + to + "'");
        List<JsonNode> rows = new ArrayList<>();
        String cp = "0";
        while (cp != null) {
            JsonNode page = SimulatorHttp.ok(http.get("/userArchive/Archive/BatchRecords/Records?itemLimit=2&orderBy=StartTime&filter="
                    + filter + "&continuationPoint=" + cp));
            page.get("items").forEach(rows::add);
            cp = page.has("continuationPoint") ? page.get("continuationPoint").asString() : null;
        }
        List<BatchRecord> expected = sim.model().batchRecords(NOW).stream()
                .filter(b -> b.line().equals("L1") && b.startMillis() >= from.toEpochMilli() && b.startMillis() < to.toEpochMilli())
                .toList();
        assertThat(rows).hasSize(expected.size()).hasSizeGreaterThan(2);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            BatchRecord b = expected.get(i);
            assertThat(row.get("ID").asInt()).isEqualTo(b.id());
            assertThat(row.get("BatchId").asString()).isEqualTo(b.batchId());
            assertThat(row.get("GoodQty").asInt() + row.get("ScrapQty").asInt()).isGreaterThan(0);
            assertThat(row.get("GoodQty").asInt()).isEqualTo(b.goodQty());
            assertThat(Instant.parse(row.get("EndTime").asString()).toEpochMilli()).isEqualTo(b.endMillis());
        }
    }

    @Test
    void theRunningBatchHasNoEndYet() {
        JsonNode rows = SimulatorHttp.ok(http.get("/userArchive/Archive/BatchRecords/Records?orderBy=StartTime%20DESC&itemLimit=2&filter="
                + SimulatorHttp.enc("Line = 'L2'"))).get("items");
        assertThat(rows.get(0).get("EndTime").isNull()).isTrue();
        assertThat(rows.get(0).get("GoodQty").isNull()).isTrue();
        assertThat(Instant.parse(rows.get(0).get("StartTime").asString())).isBeforeOrEqualTo(NOW);
        assertThat(rows.get(1).get("EndTime").asString()).isEqualTo(rows.get(0).get("StartTime").asString());
    }

    @Test
    void recipesCanBeInsertedUpdatedAndDeleted() {
        String path = "/userArchive/Archive/Recipes/Records";
        HttpResponse<byte[]> inserted = http.post(path, "{\"ID\":10,\"Recipe\":\"R-900\",\"Product\":\"Widget Z\",\"IdealCycleTimeS\":1.5,\"TemperatureSetpoint\":70}");
        assertThat(inserted.statusCode()).isEqualTo(201);
        assertThat(SimulatorHttp.JSON.readTree(inserted.body()).get("LastUser").asString()).isEqualTo("demo");
        HttpResponse<byte[]> duplicate = http.post(path, "{\"ID\":10,\"Recipe\":\"R-901\"}");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(http.post(path, "{\"ID\":1,\"Recipe\":\"R-1\"}").statusCode()).isEqualTo(409);
        JsonNode updated = SimulatorHttp.ok(http.send("PUT", "/userArchive/Archive/Recipes/Record/10", "{\"TemperatureSetpoint\":71.5}"));
        assertThat(updated.get("TemperatureSetpoint").asDouble()).isEqualTo(71.5);
        assertThat(updated.get("Product").asString()).isEqualTo("Widget Z");
        assertThat(SimulatorHttp.ok(http.get("/userArchive/Archive/recipes/Record/10")).get("TemperatureSetpoint").asDouble()).isEqualTo(71.5);
        assertThat(SimulatorHttp.ok(http.get(path + "?filter=" + SimulatorHttp.enc("TemperatureSetpoint > 70"))).get("items"))
                .extracting(r -> r.get("Recipe").asString()).containsExactly("R-100", "R-300", "R-900");
        assertThat(http.send("DELETE", "/userArchive/Archive/Recipes/Record/10", null).statusCode()).isEqualTo(200);
        assertThat(http.get("/userArchive/Archive/Recipes/Record/10").statusCode()).isEqualTo(404);
        assertThat(http.send("DELETE", "/userArchive/Archive/Recipes/Record/10", null).statusCode()).isEqualTo(404);
        assertThat(http.send("PUT", "/userArchive/Archive/Recipes/Record/99", "{\"Recipe\":\"x\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void generatedRowsCanBeDeletedAndAnInsertWithoutIdGetsAFreshOne() {
        assertThat(http.send("DELETE", "/userArchive/Archive/Recipes/Record/2", null).statusCode()).isEqualTo(200);
        assertThat(SimulatorHttp.ok(http.get("/userArchive/Archive/Recipes/Records")).get("items")).hasSize(2);
        JsonNode inserted = SimulatorHttp.JSON.readTree(http.post("/userArchive/Archive/Recipes/Records", "{\"Recipe\":\"R-2\"}").body());
        assertThat(inserted.get("ID").asLong()).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void badFiltersOrdersAndFieldsGet400NamingThem() {
        String records = "/userArchive/Archive/BatchRecords/Records";
        assertBad(http.get(records + "?filter=" + SimulatorHttp.enc("Colour = 'red'")), "filter");
        assertBad(http.get(records + "?filter=" + SimulatorHttp.enc("Line ~ 'L1'")), "filter");
        assertBad(http.get(records + "?filter=" + SimulatorHttp.enc("Line = 'L1' OR Line = 'L2'")), "filter");
        assertBad(http.get(records + "?filter=" + SimulatorHttp.enc("StartTime > 'soon'")), "filter");
        assertBad(http.get(records + "?filter=" + SimulatorHttp.enc("GoodQty > many")), "filter");
        assertBad(http.get(records + "?orderBy=Colour"), "orderBy");
        assertBad(http.post("/userArchive/Archive/Recipes/Records", "{\"Colour\":\"red\"}"), "Colour");
        assertBad(http.post("/userArchive/Archive/Recipes/Records", "{\"ID\":\"seven\"}"), "ID");
        assertThat(http.get("/userArchive/Archive/Nope/Records").statusCode()).isEqualTo(404);
    }

    private static void assertBad(HttpResponse<byte[]> r, String parameter) {
        assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(400);
        assertThat(SimulatorHttp.JSON.readTree(r.body()).get("parameter").asString()).isEqualTo(parameter);
    }
}
