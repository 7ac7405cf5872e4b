package com.winccreports.shiftreport.alarm;

import com.winccreports.report.AlarmClassCount;
import com.winccreports.report.AlarmStatistics;
import com.winccreports.report.AlarmSummary;
import com.winccreports.wincc.AlarmMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Alarm statistics of a period from WinCC alarm-log messages: each "came in" (state 1) opens an alarm of its
 * message number, the next "went out" (state 2) closes it; an alarm still open at the period's end counts
 * until then. Counts per class, the most frequent and the longest alarms.
 */
public final class AlarmStatisticsCalculator {

    static final int CAME_IN = 1;
    static final int WENT_OUT = 2;

    private AlarmStatisticsCalculator() {
    }

    public static AlarmStatistics of(List<AlarmMessage> messages, List<String> classes, Instant periodEnd, int top,
            ZoneId zone) {
        Map<Long, Tally> byNumber = new LinkedHashMap<>();
        Map<Long, Instant> open = new HashMap<>();
        messages.stream().sorted(Comparator.comparing(AlarmMessage::timestamp))
                .filter(m -> classes.isEmpty() || classes.contains(m.className()))
                .forEach(m -> {
                    Tally tally = byNumber.computeIfAbsent(m.msgNo(), n -> new Tally(m));
                    if (m.state() == CAME_IN) {
                        tally.raised(m.timestamp());
                        open.put(m.msgNo(), m.timestamp());
                    } else if (m.state() == WENT_OUT && open.containsKey(m.msgNo())) {
                        tally.active(Duration.between(open.remove(m.msgNo()), m.timestamp()));
                    }
                });
        open.forEach((number, since) -> byNumber.get(number).active(Duration.between(since, periodEnd)));
        List<AlarmSummary> summaries = byNumber.values().stream().filter(t -> t.count > 0)
                .map(t -> t.summary(zone)).toList();
        return new AlarmStatistics(byClass(byNumber), top(summaries, Comparator.comparingLong(AlarmSummary::count), top),
                top(summaries, Comparator.comparing(AlarmSummary::longest), top));
    }

    private static List<AlarmClassCount> byClass(Map<Long, Tally> byNumber) {
        Map<String, AlarmClassCount> counts = new LinkedHashMap<>();
        for (Tally tally : byNumber.values()) {
            counts.merge(tally.first.className(), new AlarmClassCount(tally.first.className(), tally.count, tally.total),
                    (a, b) -> new AlarmClassCount(a.alarmClass(), a.count() + b.count(), a.totalActive().plus(b.totalActive())));
        }
        return counts.values().stream().filter(c -> c.count() > 0)
                .sorted(Comparator.comparingLong(AlarmClassCount::count).reversed()).toList();
    }

    private static List<AlarmSummary> top(List<AlarmSummary> summaries, Comparator<AlarmSummary> order, int top) {
        return summaries.stream().sorted(order.reversed().thenComparingLong(AlarmSummary::alarmNumber)).limit(top).toList();
    }

    /** Running statistics of one message number. */
    private static final class Tally {
        private final AlarmMessage first;
        private long count;
        private Duration total = Duration.ZERO;
        private Duration longest = Duration.ZERO;
        private Instant firstRaised;

        Tally(AlarmMessage first) {
            this.first = first;
        }

        void raised(Instant at) {
            count++;
            firstRaised = firstRaised == null ? at : firstRaised;
        }

        void active(Duration duration) {
            total = total.plus(duration);
            longest = duration.compareTo(longest) > 0 ? duration : longest;
        }

        AlarmSummary summary(ZoneId zone) {
            return new AlarmSummary(first.msgNo(), first.text1(), first.className(), count, longest, total,
                    firstRaised.atZone(zone).toOffsetDateTime());
        }
    }
}
