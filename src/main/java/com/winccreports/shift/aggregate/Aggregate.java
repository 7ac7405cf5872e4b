package com.winccreports.shift.aggregate;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The aggregates a job file can name (e.g. {@code aggregate: counterTotal}), each read from
 * {@link TagStatistics}. Durations are returned in seconds. Names follow OPC UA Part 13 where it
 * has one (TimeAverage, TimeAverage2, Interpolative, Count, Delta, PercentGood, DurationInStateNonZero …).
 */
public enum Aggregate {
    TIME_AVERAGE("timeAverage", TagStatistics::timeAverage),
    TIME_AVERAGE_BRIDGING("timeAverageBridging", TagStatistics::timeAverageBridging),
    TIME_AVERAGE_RAW("timeAverageRaw", TagStatistics::timeAverageRaw),
    SIMPLE_AVERAGE("simpleAverage", TagStatistics::simpleAverage),
    STANDARD_DEVIATION("standardDeviation", TagStatistics::standardDeviation),
    MINIMUM("minimum", s -> s.minimum() == null ? Double.NaN : s.minimum().v()),
    MAXIMUM("maximum", s -> s.maximum() == null ? Double.NaN : s.maximum().v()),
    FIRST("first", s -> s.first() == null ? Double.NaN : s.first().v()),
    LAST("last", s -> s.last() == null ? Double.NaN : s.last().v()),
    COUNT("count", s -> s.count()),
    INTEGRAL("integral", TagStatistics::integral),
    INTEGRAL_HOURS("integralHours", TagStatistics::integralHours),
    DELTA("delta", TagStatistics::delta),
    COUNTER_TOTAL("counterTotal", TagStatistics::counterTotal),
    PERCENT_GOOD("percentGood", TagStatistics::percentGood),
    PERCENT_BAD("percentBad", TagStatistics::percentBad),
    TIME_OUTSIDE_LIMITS("timeOutsideLimits", s -> s.outsideLimitsMillis() / 1000.0),
    CP("cp", TagStatistics::cp),
    CPK("cpk", TagStatistics::cpk),
    GAP_TIME("gapTime", s -> s.gapMillis() / 1000.0),
    /** Time in the given state(s), seconds; needs {@code state} or {@code states}. */
    TIME_IN_STATE("timeInState", null),
    /** Entries into the given state(s) (e.g. failures); needs {@code state} or {@code states}. */
    STATE_ENTRIES("stateEntries", null);

    private final String id;
    private final ToDoubleFunction<TagStatistics> reader;

    Aggregate(String id, ToDoubleFunction<TagStatistics> reader) {
        this.id = id;
        this.reader = reader;
    }

    /** The name used in job files. */
    public String id() {
        return id;
    }

    /** Whether the aggregate needs state codes. */
    public boolean needsStates() {
        return reader == null;
    }

    /** Reads the aggregate; {@code states} is used by the state aggregates only. */
    public double read(TagStatistics stats, List<Integer> states) {
        if (this == TIME_IN_STATE) {
            return states.stream().mapToLong(stats::millisInState).sum() / 1000.0;
        }
        if (this == STATE_ENTRIES) {
            return states.stream().mapToLong(stats::entriesInto).sum();
        }
        return reader.applyAsDouble(stats);
    }

    /**
     * How complete the aggregate is (0..1): for counters and deltas, 1 when readings exist at both
     * ends of the window (gaps in between lose nothing), else the time coverage; for everything
     * else the share of the window with a usable value.
     */
    public double coverage(TagStatistics stats) {
        if ((this == COUNTER_TOTAL || this == DELTA) && stats.counterComplete()) {
            return 1.0;
        }
        return stats.coverage();
    }

    /**
     * Whether the aggregate over a window is the sum of the aggregate over the window's parts (times in
     * state, entries, counter increases, integrals, gap time …), so it can be taken over planned busy time only.
     */
    public boolean additive() {
        return switch (this) {
            case TIME_IN_STATE, STATE_ENTRIES, COUNTER_TOTAL, INTEGRAL, INTEGRAL_HOURS, DELTA, GAP_TIME,
                    TIME_OUTSIDE_LIMITS -> true;
            default -> false;
        };
    }

    /** The sum of an {@link #additive()} aggregate over the parts of a window (0 without parts). */
    public double sum(List<TagStatistics> parts, List<Integer> states) {
        double total = 0;
        for (TagStatistics part : parts) {
            total += read(part, states);
        }
        return total;
    }

    /** {@link #coverage(TagStatistics)} over the parts of a window, weighted by their length; 1 without parts. */
    public double coverage(List<TagStatistics> parts) {
        long length = parts.stream().mapToLong(TagStatistics::durationMillis).sum();
        if (length == 0) {
            return 1.0;
        }
        double covered = 0;
        for (TagStatistics part : parts) {
            covered += coverage(part) * part.durationMillis();
        }
        return covered / length;
    }

    public static Optional<Aggregate> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equalsIgnoreCase(id)).findFirst();
    }

    /** All names, for error messages. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Aggregate::id).toList();
    }
}
