package com.winccreports.shiftreport;

import com.winccreports.simulator.plant.ArchiveSeries;
import com.winccreports.simulator.plant.PlantModel;
import com.winccreports.simulator.plant.TagRef;

/**
 * A deliberately naive computation of shift figures from the simulator's raw archive values, independent of
 * the shift engine: plain loops over the samples, and second by second over the shift for anything
 * time-based. It shares no code with the engine, so the two can only agree by both being right.
 */
final class NaiveShiftOracle {

    private final PlantModel plant;

    NaiveShiftOracle(PlantModel plant) {
        this.plant = plant;
    }

    record Raw(long[] t, double[] v, int[] q, Long boundT, Double boundV, Integer boundQ) {
        int size() {
            return t.length;
        }
    }

    Raw raw(String tag, long from, long to) {
        TagRef ref = plant.tag(tag).orElseThrow();
        ArchiveSeries series = plant.series(ref.archive(), ref.name(), java.time.Instant.ofEpochMilli(from),
                java.time.Instant.ofEpochMilli(to));
        ArchiveSeries before = plant.latest(ref, from - 1, 1);
        boolean hasBound = before.size() > 0;
        return new Raw(series.timestamps(), series.values(), series.qualities(),
                hasBound ? before.timestamps()[0] : null, hasBound ? before.values()[0] : null,
                hasBound ? before.qualities()[0] : null);
    }

    static boolean usable(int quality) {
        return (quality & 0xFF) >= 0x40;
    }

    /**
     * {min, max} of the curve a linear time average of {@code [from, to)} is taken over: the usable samples in it;
     * without a sample at {@code from}, the value there from the last sample before (a straight line to the first
     * sample when both are usable and at most {@code validityMs} apart, else held); and at {@code to}, the first
     * sample of {@code after} when it and the shift's last sample are usable and at most {@code validityMs} apart.
     */
    static double[] curveExtremes(Raw raw, Raw after, long from, long to, long validityMs) {
        java.util.List<Double> values = new java.util.ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            if (usable(raw.q()[i])) {
                values.add(raw.v()[i]);
            }
        }
        boolean sampleAtStart = raw.size() > 0 && raw.t()[0] == from;
        if (!sampleAtStart && raw.boundV() != null && usable(raw.boundQ()) && from - raw.boundT() < validityMs) {
            boolean line = raw.size() > 0 && usable(raw.q()[0]) && raw.t()[0] - raw.boundT() <= validityMs;
            values.add(line ? raw.boundV() + (raw.v()[0] - raw.boundV()) / (raw.t()[0] - raw.boundT()) * (from - raw.boundT())
                    : raw.boundV());
        }
        int last = raw.size() - 1;
        if (last >= 0 && after.size() > 0 && after.t()[0] == to && usable(raw.q()[last]) && usable(after.q()[0])
                && to - raw.t()[last] <= validityMs) {
            values.add(after.v()[0]);
        }
        return new double[] {values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN)};
    }

    /** Increases between consecutive usable readings from the bound; big drops are rollovers, others resets. */
    static double counterTotal(Raw raw, double rollover) {
        Double previous = raw.boundV() != null && usable(raw.boundQ()) ? raw.boundV() : null;
        double total = 0;
        for (int i = 0; i < raw.size(); i++) {
            if (!usable(raw.q()[i])) {
                continue;
            }
            double value = raw.v()[i];
            if (previous != null) {
                if (value >= previous) {
                    total += value - previous;
                } else if (previous - value > rollover / 2) {
                    total += rollover - previous + value;
                } else {
                    total += value;
                }
            }
            previous = value;
        }
        return total;
    }

    /** Seconds of {@code [from, to)} whose value in force (last reading at or before the second) is {@code state}. */
    static long secondsInState(Raw raw, long from, long to, int state) {
        long seconds = 0;
        int next = 0;
        Double current = raw.boundV() != null && usable(raw.boundQ()) ? raw.boundV() : null;
        for (long t = from; t < to; t += 1000) {
            while (next < raw.size() && raw.t()[next] <= t) {
                current = usable(raw.q()[next]) ? raw.v()[next] : null;
                next++;
            }
            if (current != null && current == state) {
                seconds++;
            }
        }
        return seconds;
    }

    /**
     * Second-by-second average and coverage of a 1-s analog tag: a second counts when the readings around its
     * middle are usable and at most {@code validityMs} apart; its value is their straight-line interpolation.
     */
    static double[] secondAverageAndCoverage(Raw raw, long from, long to, long validityMs) {
        double sum = 0;
        long covered = 0;
        long seconds = 0;
        int after = 0;
        for (long t = from; t < to; t += 1000, seconds++) {
            long middle = t + 500;
            while (after < raw.size() && raw.t()[after] <= middle) {
                after++;
            }
            int before = after - 1;
            if (before < 0 || after >= raw.size()) {
                continue;
            }
            if (!usable(raw.q()[before]) || !usable(raw.q()[after]) || raw.t()[after] - raw.t()[before] > validityMs) {
                continue;
            }
            double share = (double) (middle - raw.t()[before]) / (raw.t()[after] - raw.t()[before]);
            sum += raw.v()[before] + share * (raw.v()[after] - raw.v()[before]);
            covered++;
        }
        return new double[] {covered == 0 ? Double.NaN : sum / covered, 100.0 * covered / seconds};
    }
}
