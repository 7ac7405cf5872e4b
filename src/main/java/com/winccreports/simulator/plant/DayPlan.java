package com.winccreports.simulator.plant;

import java.util.Arrays;

/**
 * What one line did on one production day, in epoch seconds: state segments (with production rate,
 * units produced and energy used at their start), batches, and the planted defects. Counters here are
 * relative to the day start; {@link LineHistory} adds the carried-over counter values. Immutable once built.
 */
final class DayPlan {

    final long epochDay;
    final long start;
    final long end;

    int segments;
    long[] segStart = new long[64];
    byte[] state = new byte[64];
    short[] reason = new short[64];
    double[] rate = new double[64];
    double[] power = new double[64];
    long[] producedAt = new long[65];
    double[] energyAt = new double[65];

    int batches;
    long[] batchSetupStart = new long[16];
    long[] batchRunStart = new long[16];
    long[] batchEnd = new long[16];
    int[] batchRecipe = new int[16];
    int[] batchPlanned = new int[16];
    long[] batchProducedStart = new long[16];
    long[] batchScrapStart = new long[16];
    double[] batchScrapFraction = new double[16];
    int[] batchProduced = new int[16];
    int[] batchScrap = new int[16];
    int[] batchRework = new int[16];
    int[] batchOperator = new int[16];
    double initialSetpoint;

    long gapStart = -1;
    long gapEnd = -1;
    /** A PLC restart while the line stands: GoodCount and ScrapCount restart at 0 here (-1: none). */
    long resetAt = -1;
    private int lastSegment;
    private int lastBatch;
    long duplicateAt = -1;
    /** A scripted day: each segment makes exactly {@code units[s]} units, {@code scrapUnits[s]} of them scrap. */
    boolean scripted;
    int[] units;
    int[] scrapUnits;
    long[] scrapAtSegment;
    int badTag = -1;
    long badStart;
    long badEnd;
    int uncertainTag = -1;
    long uncertainStart;
    long uncertainEnd;

    DayPlan(long epochDay, long start, long end) {
        this.epochDay = epochDay;
        this.start = start;
        this.end = end;
    }

    void addSegment(long at, int machineState, int reasonCode, double unitsPerSecond, double kw) {
        if (segments == segStart.length) {
            int n = segments * 2;
            segStart = Arrays.copyOf(segStart, n);
            state = Arrays.copyOf(state, n);
            reason = Arrays.copyOf(reason, n);
            rate = Arrays.copyOf(rate, n);
            power = Arrays.copyOf(power, n);
            producedAt = Arrays.copyOf(producedAt, n + 1);
            energyAt = Arrays.copyOf(energyAt, n + 1);
        }
        segStart[segments] = at;
        state[segments] = (byte) machineState;
        reason[segments] = (short) reasonCode;
        rate[segments] = unitsPerSecond;
        power[segments] = kw;
        segments++;
    }

    /** Closes segment {@code i} at {@code until}: fixes units and energy at the next segment's start. */
    long closeSegment(int i, long until) {
        long units = (long) Math.floor((until - segStart[i]) * rate[i]);
        producedAt[i + 1] = producedAt[i] + units;
        energyAt[i + 1] = energyAt[i] + power[i] * (until - segStart[i]) / 3600.0;
        return units;
    }

    void ensureBatchCapacity() {
        if (batches == batchSetupStart.length) {
            int n = batches * 2;
            batchSetupStart = Arrays.copyOf(batchSetupStart, n);
            batchRunStart = Arrays.copyOf(batchRunStart, n);
            batchEnd = Arrays.copyOf(batchEnd, n);
            batchRecipe = Arrays.copyOf(batchRecipe, n);
            batchPlanned = Arrays.copyOf(batchPlanned, n);
            batchProducedStart = Arrays.copyOf(batchProducedStart, n);
            batchScrapStart = Arrays.copyOf(batchScrapStart, n);
            batchScrapFraction = Arrays.copyOf(batchScrapFraction, n);
            batchProduced = Arrays.copyOf(batchProduced, n);
            batchScrap = Arrays.copyOf(batchScrap, n);
            batchRework = Arrays.copyOf(batchRework, n);
            batchOperator = Arrays.copyOf(batchOperator, n);
        }
    }

    /** Index of the segment in force at {@code t} (seconds, within the day). */
    int segmentAt(long t) {
        // archive reads walk forward in time: try the last answer first (a racy int, checked before use)
        int hint = lastSegment;
        if (hint < segments && segStart[hint] <= t && (hint + 1 == segments || segStart[hint + 1] > t)) {
            return hint;
        }
        int i = Arrays.binarySearch(segStart, 0, segments, t);
        i = i >= 0 ? i : -i - 2;
        lastSegment = Math.max(0, i);
        return i;
    }

    /** Index of the batch whose setup started last at or before {@code t}, or -1. */
    int batchAt(long t) {
        int hint = lastBatch;
        if (hint < batches && batchSetupStart[hint] <= t && (hint + 1 == batches || batchSetupStart[hint + 1] > t)) {
            return hint;
        }
        int i = Arrays.binarySearch(batchSetupStart, 0, batches, t);
        i = i >= 0 ? i : -i - 2;
        lastBatch = Math.max(0, i);
        return i;
    }

    /** Units produced (good + scrap) since the day start, at {@code t}. */
    long producedAt(long t) {
        int s = segmentAt(t);
        return producedAt[s] + madeInSegment(s, t);
    }

    private long madeInSegment(int s, long t) {
        long made = (long) Math.floor((t - segStart[s]) * rate[s]);
        return scripted ? Math.min(made, units[s]) : made;
    }

    /** Scrap units since the day start, at {@code t}. */
    long scrapAt(long t) {
        if (scripted) {
            int s = segmentAt(t);
            return scrapAtSegment[s] + (units[s] == 0 ? 0 : madeInSegment(s, t) * scrapUnits[s] / units[s]);
        }
        int b = batchAt(t);
        if (b < 0) {
            return 0;
        }
        long inBatch = producedAt(t) - batchProducedStart[b];
        return batchScrapStart[b] + (long) Math.floor(inBatch * batchScrapFraction[b]);
    }

    long goodAt(long t) {
        return producedAt(t) - scrapAt(t);
    }

    /** Energy in kWh used since the day start, at {@code t}. */
    double energyAt(long t) {
        int s = segmentAt(t);
        return energyAt[s] + power[s] * (t - segStart[s]) / 3600.0;
    }

    long producedTotal() {
        return producedAt[segments];
    }

    double energyTotal() {
        return energyAt[segments];
    }

    boolean inGap(long t) {
        return t >= gapStart && t < gapEnd;
    }

    int quality(int tagIndex, long t) {
        if (tagIndex == badTag && t >= badStart && t < badEnd) {
            return Quality.BAD_DEVICE_FAILURE;
        }
        if (tagIndex == uncertainTag && t >= uncertainStart && t < uncertainEnd) {
            return Quality.UNCERTAIN_SENSOR;
        }
        return Quality.GOOD;
    }

    private final OnChangeEvents[] events = new OnChangeEvents[TagKind.values().length];

    /** The on-change records of {@code kind} for this day (computed once; racing threads compute equal results). */
    OnChangeEvents events(TagKind kind, PlantDefinition plant) {
        OnChangeEvents e = events[kind.ordinal()];
        if (e == null) {
            e = OnChangeEvents.of(this, kind, plant);
            events[kind.ordinal()] = e;
        }
        return e;
    }
}
