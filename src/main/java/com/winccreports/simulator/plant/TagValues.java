package com.winccreports.simulator.plant;

import com.winccreports.simulator.plant.PlantDefinition.TagDefinition;

/**
 * The value formulas per {@link TagKind} and the emission of one tag's records for a part of one
 * production day. Analog values carry three decimals, counters are whole numbers that roll over at 65536.
 */
final class TagValues {

    static final long COUNTER_MODULUS = 65536;
    private static final double TWO_PI_PER_DAY = 2 * Math.PI / 86400.0;

    private final PlantDefinition plant;

    TagValues(PlantDefinition plant) {
        this.plant = plant;
    }

    /** Emits the records stamped in {@code [fromSec, toSec]} (within the day), at most {@code limit}. */
    int emitDay(TagRef tag, DayPlan plan, LineHistory.DayStart start, long fromSec, long toSec, int limit,
            RecordSink sink) {
        if (tag.kind().onChange()) {
            return emitOnChange(tag, plan, fromSec, toSec, limit, sink);
        }
        long cycle = tag.cycleSeconds();
        long first = Math.floorDiv(Math.max(fromSec, plan.start) + cycle - 1, cycle) * cycle;
        long last = Math.min(toSec, plan.end - 1);
        long tagSeed = Rng.hash(plant.seed(), tag.tagIndex(), tag.line());
        int count = 0;
        for (long t = first; t <= last && count < limit; t += cycle) {
            if (plan.inGap(t)) {
                t = Math.floorDiv(plan.gapEnd + cycle - 1, cycle) * cycle - cycle;
                continue;
            }
            int quality = plan.quality(tag.tagIndex(), t);
            if (t == plan.duplicateAt) {
                for (int k = 2; k >= 1 && count < limit; k--) {
                    sink.record(t * 1000, value(tag, plan, start, t, k, tagSeed), quality);
                    count++;
                }
                if (count == limit) {
                    break;
                }
            }
            sink.record(t * 1000, value(tag, plan, start, t, 0, tagSeed), quality);
            count++;
        }
        return count;
    }

    private int emitOnChange(TagRef tag, DayPlan plan, long fromSec, long toSec, int limit, RecordSink sink) {
        OnChangeEvents events = plan.events(tag.kind(), plant);
        int count = 0;
        for (int i = events.firstAtOrAfter(fromSec); i < events.size && count < limit; i++) {
            long t = events.times[i];
            if (t > toSec) {
                break;
            }
            sink.record(t * 1000, events.values[i], Quality.GOOD);
            count++;
        }
        return count;
    }

    /** The value of a cyclic tag at {@code t}; {@code copy} > 0 for the extra records of a duplicated timestamp. */
    double value(TagRef tag, DayPlan plan, LineHistory.DayStart start, long t, int copy, long tagSeed) {
        TagDefinition d = tag.definition();
        double noise = Rng.gaussian(Rng.hash(tagSeed, t, copy)) * orZero(d.noise());
        switch (tag.kind()) {
            case GOOD_COUNT:
                return counter(plan, start.good(), t, TagKind.GOOD_COUNT);
            case SCRAP_COUNT:
                return counter(plan, start.scrap(), t, TagKind.SCRAP_COUNT);
            case TOTAL_COUNT:
                return counter(plan, start.good() + start.scrap(), t, TagKind.TOTAL_COUNT);
            case ENERGY:
                return round3(start.energyKwh() + plan.energyAt(t));
            default:
                break;
        }
        int s = plan.segmentAt(t);
        boolean running = plan.state[s] == MachineState.RUNNING;
        double daily = Math.sin((t - plan.start) * TWO_PI_PER_DAY) * orZero(d.dailyAmplitude());
        return switch (tag.kind()) {
            case TEMPERATURE -> round3(temperature(plan, t, d) + daily + noise);
            case SPEED -> running ? round3(plan.rate[s] * 60 + noise) : 0;
            case POWER -> round3(Math.max(0, plan.power[s] + noise));
            default -> round3(orZero(d.base()) + (running ? orZero(d.runningOffset()) : 0) + daily + noise);
        };
    }

    private double temperature(DayPlan plan, long t, TagDefinition d) {
        int b = Math.max(0, plan.batchAt(t));
        double setpoint = plant.recipes().get(plan.batchRecipe[b]).temperatureSetpoint();
        double previous = b == 0 ? plan.initialSetpoint
                : plant.recipes().get(plan.batchRecipe[b - 1]).temperatureSetpoint();
        double tau = d.timeConstantS() == null ? 300 : d.timeConstantS();
        return setpoint + (previous - setpoint) * Math.exp(-(t - plan.batchSetupStart[b]) / tau);
    }

    /** A PLC counter of good units, scrap units or all units made ({@code kind}), mod 65536. */
    private static double counter(DayPlan plan, long dayStartValue, long t, TagKind kind) {
        long now = counted(plan, t, kind);
        long value;
        if (plan.resetAt >= 0 && t >= plan.resetAt) {
            value = now - counted(plan, plan.resetAt, kind);
        } else {
            value = dayStartValue + now;
        }
        return Math.floorMod(value, COUNTER_MODULUS);
    }

    private static long counted(DayPlan plan, long t, TagKind kind) {
        return switch (kind) {
            case SCRAP_COUNT -> plan.scrapAt(t);
            case TOTAL_COUNT -> plan.producedAt(t);
            default -> plan.goodAt(t);
        };
    }

    static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static double orZero(Double d) {
        return d == null ? 0 : d;
    }
}
