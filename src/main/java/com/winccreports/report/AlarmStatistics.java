package com.winccreports.report;

import java.util.List;

/**
 * Alarm statistics of the period.
 *
 * @param byClass      counts per alarm class
 * @param mostFrequent most frequent alarms, most frequent first
 * @param longest      longest alarms, longest first
 */
public record AlarmStatistics(List<AlarmClassCount> byClass, List<AlarmSummary> mostFrequent,
        List<AlarmSummary> longest) {

    public AlarmStatistics {
        byClass = List.copyOf(byClass == null ? List.of() : byClass);
        mostFrequent = List.copyOf(mostFrequent == null ? List.of() : mostFrequent);
        longest = List.copyOf(longest == null ? List.of() : longest);
    }

    public static AlarmStatistics none() {
        return new AlarmStatistics(List.of(), List.of(), List.of());
    }

    public long total() {
        return byClass.stream().mapToLong(AlarmClassCount::count).sum();
    }
}
