package com.winccreports.shift.aggregate;

import java.util.List;

/**
 * Every statistic of one tag over one window (usually a shift), as {@link TagAggregator#finish}
 * derives it. Times in milliseconds; a statistic that has no defined value is {@code NaN}
 * (e.g. an average over a window without a usable value). See {@code docs/kpis.md}.
 *
 * @param start               window start (epoch ms)
 * @param end                 window end (epoch ms, exclusive)
 * @param count               samples in the window
 * @param goodCount           usable samples (good or uncertain)
 * @param uncertainCount      samples with uncertain quality
 * @param valueAtStart        the bounding value in force at {@code start}, or {@code null}
 * @param first               first sample in the window, or {@code null}
 * @param last                last sample in the window, or {@code null}
 * @param minimum             smallest value of the curve the time average is taken over, with its timestamp:
 *                            the usable samples and the curve's values at the window's start and end (OPC UA
 *                            Minimum2); {@code null} without any
 * @param maximum             largest value of that curve (OPC UA Maximum2), or {@code null}
 * @param timeAverage         time-weighted average over time with a usable, valid value (bad and gap time left out)
 * @param timeAverageBridging time-weighted average over usable samples, bridging bad stretches and gaps
 * @param timeAverageRaw      time-weighted average reading every sample as-is (quality and gaps ignored)
 * @param simpleAverage       arithmetic mean of usable sample values
 * @param standardDeviation   sample standard deviation (n − 1) of usable values
 * @param integral            time integral of {@code timeAverage}'s value, value × seconds
 * @param delta               last usable value minus first usable value
 * @param counterTotal        counter increments incl. rollovers and resets, from the value at start; NaN
 *                            for a tag that is not a counter
 * @param rollovers           counter rollovers detected (counters only)
 * @param resets              counter resets detected (counters only)
 * @param goodMillis          time with a usable, valid value
 * @param badMillis           time whose value had bad quality
 * @param gapMillis           time without a valid value
 * @param belowLimitMillis    time below the lower specification limit
 * @param aboveLimitMillis    time above the upper specification limit
 * @param cp                  process capability (USL − LSL) / 6σ, NaN without both limits or σ
 * @param cpk                 min(USL − μ, μ − LSL) / 3σ, NaN without a limit or σ
 * @param states              time in each state (state tags), sorted by code
 * @param stretches           gaps and bad stretches in time order
 * @param counterComplete     whether counter readings exist at both ends of the window
 * @param counterEvents       the rollovers and resets in time order (at most {@link CounterEvent#LISTED_AT_MOST})
 */
public record TagStatistics(long start, long end, long count, long goodCount, long uncertainCount,
                            Sample valueAtStart, Sample first, Sample last, Sample minimum, Sample maximum,
                            double timeAverage, double timeAverageBridging, double timeAverageRaw,
                            double simpleAverage, double standardDeviation, double integral, double delta,
                            double counterTotal, long rollovers, long resets, long goodMillis, long badMillis,
                            long gapMillis, double belowLimitMillis, double aboveLimitMillis, double cp,
                            double cpk, List<StateTime> states, List<Stretch> stretches, boolean counterComplete,
                            List<CounterEvent> counterEvents) {

    public TagStatistics {
        states = List.copyOf(states);
        stretches = List.copyOf(stretches);
        counterEvents = counterEvents == null ? List.of() : List.copyOf(counterEvents);
    }

    public long durationMillis() {
        return end - start;
    }

    /** Share of the window with a usable, valid value (0..1); 0 for an empty window. */
    public double coverage() {
        return durationMillis() == 0 ? 0 : (double) goodMillis / durationMillis();
    }

    /** OPC UA PercentGood: time with a usable value as a percentage of the window. */
    public double percentGood() {
        return 100 * coverage();
    }

    /** OPC UA PercentBad: time with a bad value as a percentage of the window. */
    public double percentBad() {
        return durationMillis() == 0 ? 0 : 100.0 * badMillis / durationMillis();
    }

    /** Time outside the specification limits (below LSL plus above USL), ms. */
    public double outsideLimitsMillis() {
        return belowLimitMillis + aboveLimitMillis;
    }

    /** The integral in value × hours (kWh from kW). */
    public double integralHours() {
        return integral / 3600.0;
    }

    /** Time in one state code (ms), 0 if never in it. */
    public long millisInState(int code) {
        return states.stream().filter(s -> s.code() == code).mapToLong(StateTime::millis).sum();
    }

    /** Entries into one state code. */
    public long entriesInto(int code) {
        return states.stream().filter(s -> s.code() == code).mapToLong(StateTime::entries).sum();
    }

    /** Total gap time plus bad time: how long the value was unknown (ms). */
    public long unknownMillis() {
        return gapMillis + badMillis;
    }
}
