package com.winccreports.simulator.plant;

import java.util.Arrays;

/**
 * The records of an on-change tag for one production day: one at the day start, one per change, none
 * inside an outage and one when logging resumes after it (as WinCC logs a tag's value at a restart).
 */
final class OnChangeEvents {

    final long[] times;
    final double[] values;
    final int size;

    private OnChangeEvents(long[] times, double[] values, int size) {
        this.times = times;
        this.values = values;
        this.size = size;
    }

    static OnChangeEvents of(DayPlan plan, TagKind kind, PlantDefinition plant) {
        int capacity = Math.max(plan.segments, plan.batches) + 2;
        long[] t = new long[capacity];
        double[] v = new double[capacity];
        int n = 0;
        if (kind == TagKind.SETPOINT) {
            for (int b = 0; b < plan.batches; b++) {
                double sp = plant.recipes().get(plan.batchRecipe[b]).temperatureSetpoint();
                if (n == 0 || v[n - 1] != sp) {
                    t[n] = plan.batchSetupStart[b];
                    v[n++] = sp;
                }
            }
        } else {
            for (int s = 0; s < plan.segments; s++) {
                double value = kind == TagKind.MACHINE_STATE ? plant.stateCode(plan.state[s]) : plan.reason[s];
                if (n == 0 || v[n - 1] != value) {
                    t[n] = plan.segStart[s];
                    v[n++] = value;
                }
            }
        }
        return withOutage(plan, t, v, n);
    }

    private static OnChangeEvents withOutage(DayPlan plan, long[] t, double[] v, int n) {
        if (plan.gapStart < 0) {
            return new OnChangeEvents(t, v, n);
        }
        long[] kept = new long[n + 1];
        double[] keptValues = new double[n + 1];
        int m = 0;
        double current = v[0];
        boolean resumed = false;
        for (int i = 0; i < n; i++) {
            if (!resumed && t[i] >= plan.gapEnd) {
                if (t[i] != plan.gapEnd) {
                    kept[m] = plan.gapEnd;
                    keptValues[m++] = current;
                }
                resumed = true;
            }
            if (!plan.inGap(t[i])) {
                kept[m] = t[i];
                keptValues[m++] = v[i];
            }
            current = v[i];
        }
        if (!resumed && plan.gapEnd < plan.end) {
            kept[m] = plan.gapEnd;
            keptValues[m++] = current;
        }
        return new OnChangeEvents(Arrays.copyOf(kept, m), Arrays.copyOf(keptValues, m), m);
    }

    /** Index of the first event at or after {@code t}. */
    int firstAtOrAfter(long t) {
        int i = Arrays.binarySearch(times, 0, size, t);
        return i >= 0 ? i : -i - 1;
    }
}
