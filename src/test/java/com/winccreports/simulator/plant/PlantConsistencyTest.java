package com.winccreports.simulator.plant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counters, machine states, batches and alarms tell one story, as read from the archives. */
class PlantConsistencyTest {

    private static final PlantModel MODEL = PlantModel.demo();
    private static final LocalDate FIRST = LocalDate.parse("2026-11-10");
    private static final int DAYS = 6;

    @Test
    void countersMoveOnlyWhileRunning() {
        int increments = 0;
        for (String line : MODEL.definition().lines()) {
            for (int d = 0; d < DAYS; d++) {
                Instant from = MODEL.productionDayStart(FIRST.plusDays(d));
                Instant to = MODEL.productionDayStart(FIRST.plusDays(d + 1));
                ArchiveSeries states = MODEL.series("PVArchive", line + ".MachineState", from, to);
                for (String counter : new String[] {".GoodCount", ".ScrapCount"}) {
                    ArchiveSeries c = MODEL.series("PVArchive", line + counter, from, to);
                    for (int i = 1; i < c.size(); i++) {
                        long t0 = c.timestamps()[i - 1];
                        boolean adjacent = c.timestamps()[i] - t0 == 1000;
                        double delta = c.values()[i] - c.values()[i - 1];
                        if (adjacent && delta > 0) {
                            assertThat(stateAt(states, t0)).as("%s%s rises at %s", line, counter, Instant.ofEpochMilli(t0))
                                    .isEqualTo(MachineState.RUNNING);
                            increments++;
                        }
                    }
                }
            }
        }
        assertThat(increments).isGreaterThan(10_000);
    }

    @Test
    void batchQuantitiesEqualTheCounterIncrementsOverTheBatchEvenAcrossOutagesAndResets() {
        Instant visible = MODEL.productionDayStart(FIRST.plusDays(DAYS));
        int checked = 0;
        int acrossOutage = 0;
        int acrossReset = 0;
        for (BatchRecord batch : MODEL.batchRecords(visible)) {
            Instant start = Instant.ofEpochMilli(batch.startMillis());
            if (start.isBefore(MODEL.productionDayStart(FIRST)) || !start.isBefore(visible)) {
                continue; // before the days checked, or the next day's first batch, still running at its start
            }
            assertThat(batch.goodQty() + batch.scrapQty()).isLessThanOrEqualTo(batch.plannedQty() + 2);
            Instant end = Instant.ofEpochMilli(batch.endMillis());
            assertThat(increment(batch.line() + ".GoodCount", start, end)).as(batch.batchId())
                    .isEqualTo(batch.goodQty().longValue());
            assertThat(increment(batch.line() + ".ScrapCount", start, end)).as(batch.batchId())
                    .isEqualTo(batch.scrapQty().longValue());
            DayPlan plan = MODEL.plan(MODEL.definition().lines().indexOf(batch.line()),
                    MODEL.productionDay(start).toEpochDay());
            acrossOutage += plan.gapStart * 1000 > batch.startMillis() && plan.gapStart * 1000 < batch.endMillis() ? 1 : 0;
            acrossReset += plan.resetAt * 1000 > batch.startMillis() && plan.resetAt * 1000 < batch.endMillis() ? 1 : 0;
            checked++;
        }
        assertThat(checked).isGreaterThan(60);
        assertThat(acrossOutage).as("batches with an archive outage inside").isPositive();
        assertThat(acrossReset).as("batches with a counter reset inside").isPositive();
    }

    @Test
    void anOutageNeverHidesABatchStartAndAResetHappensWhileTheLineStands() {
        int outages = 0;
        int resets = 0;
        for (int line = 0; line < 2; line++) {
            for (int d = 0; d < 120; d++) {
                DayPlan plan = MODEL.plan(line, FIRST.minusDays(d).toEpochDay());
                for (int b = 0; b < plan.batches; b++) {
                    assertThat(plan.inGap(plan.batchSetupStart[b])).isFalse();
                }
                if (plan.resetAt >= 0) {
                    assertThat(plan.state[plan.segmentAt(plan.resetAt)]).isNotEqualTo(MachineState.RUNNING);
                    assertThat(plan.segmentAt(plan.resetAt - 1)).isEqualTo(plan.segmentAt(plan.resetAt));
                    resets++;
                }
                outages += plan.gapStart >= 0 ? 1 : 0;
            }
        }
        assertThat(outages).isGreaterThan(20);
        assertThat(resets).isPositive();
    }

    @Test
    void batchesFollowEachOtherAndSomeSpanAShiftChange() {
        List<BatchRecord> batches = MODEL.batchRecords(MODEL.productionDayStart(FIRST.plusDays(DAYS)));
        Map<String, Long> lastEnd = new HashMap<>();
        int spanning = 0;
        for (BatchRecord b : batches) {
            if (b.endMillis() == null) {
                continue;
            }
            Long previous = lastEnd.put(b.line(), b.endMillis());
            if (previous != null) {
                assertThat(b.startMillis()).isEqualTo(previous);
            }
            long shiftStart = shiftStartBefore(b.startMillis());
            if (b.endMillis() > shiftStart + 8 * 3_600_000L) {
                spanning++;
            }
        }
        assertThat(spanning).isGreaterThan(10);
    }

    @Test
    void downtimeReasonIsSetExactlyWhileDown() {
        for (int d = 0; d < DAYS; d++) {
            DayPlan plan = MODEL.plan(0, FIRST.plusDays(d).toEpochDay());
            for (int s = 0; s < plan.segments; s++) {
                boolean down = plan.state[s] == MachineState.DOWN;
                assertThat(plan.reason[s] != 0).isEqualTo(down);
                if (s > 0) {
                    assertThat(plan.state[s]).isNotEqualTo(plan.state[s - 1]);
                }
            }
        }
    }

    @Test
    void stopsHaveRealisticLengthsAndTheLinesMostlyRun() {
        long running = 0;
        long total = 0;
        for (int d = 0; d < DAYS; d++) {
            DayPlan plan = MODEL.plan(1, FIRST.plusDays(d).toEpochDay());
            for (int s = 0; s < plan.segments; s++) {
                long end = s + 1 < plan.segments ? plan.segStart[s + 1] : plan.end;
                long length = end - plan.segStart[s];
                total += length;
                running += plan.state[s] == MachineState.RUNNING ? length : 0;
                if (plan.state[s] == MachineState.DOWN && end < plan.end) {
                    int code = plan.reason[s];
                    var reason = MODEL.definition().downtimeReasons().stream().filter(r -> r.code() == code)
                            .findFirst().orElseThrow();
                    assertThat(length).isBetween(reason.minutes().get(0) * 60L, reason.minutes().get(1) * 60L);
                }
            }
        }
        assertThat((double) running / total).isBetween(0.55, 0.92);
    }

    @Test
    void everyDownStopRaisesOneAlarmThatClearsWhenTheLineRestarts() {
        LocalDate day = FIRST.plusDays(2);
        Instant from = MODEL.productionDayStart(day);
        ArchiveSeries states = MODEL.series("PVArchive", "L1.MachineState", from, MODEL.productionDayStart(day.plusDays(1)));
        List<AlarmInstance> downs = MODEL.alarmInstances("L1", day).stream()
                .filter(a -> a.className().equals("Error")).toList();
        int downTransitions = 0;
        for (int i = 0; i < states.size(); i++) {
            if (states.values()[i] == MachineState.DOWN && (i == 0 || states.values()[i - 1] != MachineState.DOWN)) {
                long at = states.timestamps()[i];
                assertThat(downs).anySatisfy(a -> assertThat(a.raisedMillis()).isEqualTo(at));
                downTransitions++;
            }
        }
        assertThat(downs.size()).isGreaterThanOrEqualTo(downTransitions).isGreaterThan(3);
        for (AlarmInstance a : downs) {
            assertThat(stateAt(states, a.clearedMillis())).isNotEqualTo(MachineState.DOWN);
        }
    }

    @Test
    void defectsArePlantedSomewhereInAMonth() {
        boolean gap = false;
        boolean bad = false;
        boolean uncertain = false;
        boolean duplicate = false;
        boolean reset = false;
        for (int d = 0; d < 30; d++) {
            DayPlan plan = MODEL.plan(d % 2, FIRST.minusDays(d).toEpochDay());
            gap |= plan.gapStart >= 0;
            bad |= plan.badTag >= 0;
            uncertain |= plan.uncertainTag >= 0;
            duplicate |= plan.duplicateAt >= 0;
            reset |= plan.resetAt >= 0;
        }
        assertThat(List.of(gap, bad, uncertain, duplicate, reset)).containsOnly(true);
    }

    /**
     * The counter increase over [start, end] as the product counts it (docs/kpis.md, {@code counterTotal}): a
     * drop of more than half the range is a rollover, any other drop a reset counted from 0.
     */
    private static long increment(String tag, Instant start, Instant end) {
        ArchiveSeries s = MODEL.series("PVArchive", tag, start, end.plusMillis(1));
        assertThat(s.timestamps()[0]).as("%s archived at %s", tag, start).isEqualTo(start.toEpochMilli());
        assertThat(s.timestamps()[s.size() - 1]).as("%s archived at %s", tag, end).isEqualTo(end.toEpochMilli());
        long total = 0;
        for (int i = 1; i < s.size(); i++) {
            long previous = (long) s.values()[i - 1];
            long next = (long) s.values()[i];
            if (next >= previous) {
                total += next - previous;
            } else if (previous - next > TagValues.COUNTER_MODULUS / 2) {
                total += TagValues.COUNTER_MODULUS - previous + next;
            } else {
                total += next;
            }
        }
        return total;
    }

    private static double stateAt(ArchiveSeries states, long t) {
        int i = java.util.Arrays.binarySearch(states.timestamps(), t);
        if (i < 0) {
            i = -i - 2;
        }
        while (i + 1 < states.size() && states.timestamps()[i + 1] == t) {
            i++;
        }
        return i < 0 ? Double.NaN : states.values()[i];
    }

    private static long shiftStartBefore(long millis) {
        long dayStart = MODEL.productionDayStart(MODEL.productionDay(Instant.ofEpochMilli(millis))).toEpochMilli();
        return dayStart + (millis - dayStart) / (8 * 3_600_000L) * 8 * 3_600_000L;
    }
}
