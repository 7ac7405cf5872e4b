package com.winccreports.simulator.plant;

import java.util.Arrays;

/**
 * The values a line carries from one production day into the next: the PLC counters (which only a
 * counter reset breaks) and the energy meter. Kept as three numbers per day since the archive start;
 * computed once, day by day, from the day plans (whose generation is cheap and needs no history).
 */
final class LineHistory {

    /** Counter and meter readings at a production day's start (counters unwrapped). */
    record DayStart(long good, long scrap, double energyKwh) {
    }

    private final PlantModel model;
    private final int line;
    private final long firstDay;
    private long[] good = new long[64];
    private long[] scrap = new long[64];
    private double[] energy = new double[64];
    private int known;

    LineHistory(PlantModel model, int line, long firstDay, long seed) {
        this.model = model;
        this.line = line;
        this.firstDay = firstDay;
        long h = Rng.hash(seed, line + 101, firstDay);
        good[0] = Math.floorMod(h, 40000L);
        scrap[0] = Math.floorMod(h >>> 20, 1500L);
        energy[0] = 120000 + Math.floorMod(h >>> 40, 50000L);
        known = 1;
    }

    synchronized DayStart startOf(long epochDay) {
        int index = (int) (epochDay - firstDay);
        while (known <= index) {
            extend();
        }
        return new DayStart(good[index], scrap[index], energy[index]);
    }

    /**
     * Whether the plan's counter reset (a drop to 0) reads as a reset, not a rollover: a reader can tell the
     * two apart only when the counters stood at most at half their range — a larger drop is taken for a
     * rollover (docs/kpis.md, {@code counterTotal}). Needs only the days before the plan's.
     */
    synchronized boolean readsAsReset(DayPlan plan) {
        DayStart start = startOf(plan.epochDay);
        long half = TagValues.COUNTER_MODULUS / 2;
        return Math.floorMod(start.good() + plan.goodAt(plan.resetAt), TagValues.COUNTER_MODULUS) <= half
                && Math.floorMod(start.scrap() + plan.scrapAt(plan.resetAt), TagValues.COUNTER_MODULUS) <= half;
    }

    private void extend() {
        int i = known - 1;
        DayPlan plan = model.generatePlan(line, firstDay + i);
        if (known == good.length) {
            good = Arrays.copyOf(good, known * 2);
            scrap = Arrays.copyOf(scrap, known * 2);
            energy = Arrays.copyOf(energy, known * 2);
        }
        long dayGood = plan.producedTotal() - plan.scrapAt(plan.end);
        long dayScrap = plan.scrapAt(plan.end);
        if (plan.resetAt >= 0) {
            good[known] = dayGood - plan.goodAt(plan.resetAt);
            scrap[known] = dayScrap - plan.scrapAt(plan.resetAt);
        } else {
            good[known] = good[i] + dayGood;
            scrap[known] = scrap[i] + dayScrap;
        }
        energy[known] = energy[i] + plan.energyTotal();
        known++;
    }
}
