package com.winccreports.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.simulator.plant.AlarmInstance;
import com.winccreports.simulator.plant.PlantModel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The demo plant's batch records agree with its counters as a client sees them: a production day's
 * {@code BatchRecords}, read over HTTP, are recomputed from the raw {@code GoodCount}/{@code ScrapCount}
 * values read over HTTP — GoodQty and ScrapQty are the counter increases from StartTime to EndTime — on
 * a day whose counters are reset by a PLC restart in the middle of a batch.
 */
class BatchCountersHttpTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final long MODULUS = 65536;

    @Test
    void everyBatchOfADayWithACounterResetEqualsTheCounterIncreasesOverItsSpan() {
        try (SimulatorServer sim = SimulatorServer.start(SimulatorOptions.defaults()
                .withClock(Clock.fixed(NOW, ZoneOffset.UTC)))) {
            SimulatorHttp http = new SimulatorHttp(sim.baseUri());
            PlantModel model = sim.model();
            LocalDate day = dayWithCounterReset(model);
            int checked = 0;
            for (String line : model.definition().lines()) {
                checked += checkDay(http, line, model.productionDayStart(day), model.productionDayStart(day.plusDays(1)));
            }
            assertThat(checked).isGreaterThan(8);
        }
    }

    /** Recomputes one line's batches of {@code [from, to)}; returns how many. */
    private static int checkDay(SimulatorHttp http, String line, Instant from, Instant to) {
        List<JsonNode> batches = batchRecords(http, line, from, to);
        assertThat(batches).hasSizeGreaterThan(3);
        List<ArchivePager.Value> good = ArchivePager.readAll(http, "PVArchive", line + ".GoodCount", from,
                to.plusSeconds(1), 10_000);
        List<ArchivePager.Value> scrap = ArchivePager.readAll(http, "PVArchive", line + ".ScrapCount", from,
                to.plusSeconds(1), 10_000);
        for (JsonNode batch : batches) {
            long start = Instant.parse(batch.get("StartTime").asString()).toEpochMilli();
            long end = Instant.parse(batch.get("EndTime").asString()).toEpochMilli();
            String id = batch.get("BatchId").asString();
            assertThat(increase(good, start, end)).as(id + " GoodQty").isEqualTo(batch.get("GoodQty").asLong());
            assertThat(increase(scrap, start, end)).as(id + " ScrapQty").isEqualTo(batch.get("ScrapQty").asLong());
        }
        assertThat(Instant.parse(batches.get(0).get("StartTime").asString())).as("the day's first batch")
                .isEqualTo(from);
        assertThat(Instant.parse(batches.get(batches.size() - 1).get("EndTime").asString())).as("its last")
                .isEqualTo(to);
        return batches.size();
    }

    /** The latest day before now on which a line's counters are reset while a batch runs (found in the model). */
    private static LocalDate dayWithCounterReset(PlantModel model) {
        LocalDate day = model.productionDay(NOW).minusDays(1);
        for (int back = 0; back < 200; back++, day = day.minusDays(1)) {
            for (String line : model.definition().lines()) {
                for (AlarmInstance alarm : model.alarmInstances(line, day)) {
                    if (alarm.text().endsWith("production counters reset")) {
                        return day;
                    }
                }
            }
        }
        throw new IllegalStateException("no counter reset in 200 days");
    }

    /** The line's batches started in [from, to), ordered by start, through the user archive's paging. */
    private static List<JsonNode> batchRecords(SimulatorHttp http, String line, Instant from, Instant to) {
        String filter = SimulatorHttp.enc("Line = '" + line + "' AND StartTime >= '" + from + "' AND StartTime < '"
                + to + "'");
        List<JsonNode> rows = new ArrayList<>();
        String cp = "0";
        while (cp != null) {
            JsonNode page = SimulatorHttp.ok(http.get("/userArchive/Archive/BatchRecords/Records?itemLimit=5"
                    + "&orderBy=StartTime&filter=" + filter + "&continuationPoint=" + cp));
            page.get("items").forEach(rows::add);
            cp = page.has("continuationPoint") ? page.get("continuationPoint").asString() : null;
        }
        return rows;
    }

    /**
     * The counter's increase over [start, end], as a reader of counters counts it: a drop of more than half the
     * range is a rollover, any other drop a reset counted from 0. The readings at both ends must exist.
     */
    private static long increase(List<ArchivePager.Value> values, long start, long end) {
        List<ArchivePager.Value> span = values.stream()
                .filter(v -> v.timestamp() >= start && v.timestamp() <= end).toList();
        assertThat(span.get(0).timestamp()).as("a reading at the batch start").isEqualTo(start);
        assertThat(span.get(span.size() - 1).timestamp()).as("a reading at the batch end").isEqualTo(end);
        long total = 0;
        for (int i = 1; i < span.size(); i++) {
            long previous = (long) span.get(i - 1).value();
            long next = (long) span.get(i).value();
            if (next >= previous) {
                total += next - previous;
            } else if (previous - next > MODULUS / 2) {
                total += MODULUS - previous + next;
            } else {
                total += next;
            }
        }
        return total;
    }
}
