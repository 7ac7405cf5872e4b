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

    static double min(Raw raw) {
        double min = Double.NaN;
        for (int i = 0; i < raw.size(); i++) {
            if (usable(raw.q()[i]) && (Double.isNaN(min) || raw.v()[i] < min)) {
                min = raw.v()[i];
            }
        }
        return min;
    }

    static double max(Raw raw) {
        double max = Double.NaN;
        for (int i = 0; i < raw.size(); i++) {
            if (usable(raw.q()[i]) && (Double.isNaN(max) || raw.v()[i] > max)) {
                max = raw.v()[i];
            }
        }
        return max;
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
