package com.winccreports.report.demo;

import com.winccreports.report.AlarmClassCount;
import com.winccreports.report.AlarmStatistics;
import com.winccreports.report.AlarmSummary;
import com.winccreports.report.BatchShare;
import com.winccreports.report.ShiftInfo;
import com.winccreports.shift.kpi.BatchRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Batches and alarms of the demo line for one production day. */
final class DemoRecords {

    /** Batch start in minutes after the period start (may be negative), planned quantity, product index. */
    private static final int[][] BATCHES = {{-55, 32_000, 0}, {215, 48_000, 1}, {600, 52_000, 0}, {1050, 50_000, 2}};
    private static final String[][] PRODUCTS = {{"Pipe PE100 32×2.9", "R-PE100-32"},
        {"Pipe PE100 40×3.7", "R-PE100-40"}, {"Pipe PE80 25×2.3", "R-PE80-25"}};
    private static final String[] OPERATORS = {"M. Müller", "J. Weiß", "A. Öztürk", "K. Schäfer"};

    private final ZoneId zone;
    private final Messages messages;
    private final String line;

    DemoRecords(ZoneId zone, Messages messages, String line) {
        this.zone = zone;
        this.messages = messages;
        this.line = line;
    }

    List<BatchRecord> batches(Instant periodStart, String day) {
        List<BatchRecord> result = new ArrayList<>();
        for (int i = 0; i < BATCHES.length; i++) {
            Instant start = periodStart.plus(Duration.ofMinutes(BATCHES[i][0]));
            Instant end = i + 1 < BATCHES.length ? periodStart.plus(Duration.ofMinutes(BATCHES[i + 1][0]))
                    : periodStart.plus(Duration.ofMinutes(1_530));
            double produced = Duration.between(start, end).toMinutes() * 0.86 * DemoKpis.IDEAL_RATE_PER_MIN;
            double scrap = Math.round(produced * 0.014);
            double good = Math.floor(produced) - scrap;
            String[] product = PRODUCTS[BATCHES[i][2]];
            // the last batch has no rework booked yet: an unmapped or empty field stays empty, never an error
            double rework = i + 1 < BATCHES.length ? Math.round(scrap * 0.3) : Double.NaN;
            result.add(new BatchRecord(line + "-" + day.replace("-", "") + "-" + (i + 1), product[0], product[1],
                    start, end, OPERATORS[i % OPERATORS.length], BATCHES[i][1], good, scrap, rework, Map.of()));
        }
        return result;
    }

    /** The share of each batch that ran in {@code shift}, by run time. */
    static List<BatchShare> shares(List<BatchRecord> batches, ShiftInfo shift) {
        List<BatchShare> shares = new ArrayList<>();
        for (BatchRecord batch : batches) {
            double total = Duration.between(batch.start(), batch.end()).toSeconds();
            Instant from = max(batch.start(), shift.start().toInstant());
            Instant to = min(batch.end(), shift.end().toInstant());
            if (from.isBefore(to)) {
                double fraction = Duration.between(from, to).toSeconds() / total;
                shares.add(new BatchShare(batch.batchId(), fraction, Math.round(batch.good() * fraction),
                        Math.round(batch.scrap() * fraction)));
            }
        }
        return shares;
    }

    AlarmStatistics alarms(Instant periodStart) {
        List<AlarmClassCount> classes = List.of(
                new AlarmClassCount(messages.get("alarmClass.Fault"), 9, Duration.ofMinutes(97)),
                new AlarmClassCount(messages.get("alarmClass.Warning"), 27, Duration.ofMinutes(164)),
                new AlarmClassCount(messages.get("alarmClass.Operator"), 44, Duration.ofMinutes(12)));
        List<AlarmSummary> frequent = List.of(
                alarm(1001, "Warning", 14, 6, 38, periodStart, 102),
                alarm(1005, "Operator", 12, 2, 9, periodStart, 190),
                alarm(1002, "Warning", 8, 11, 57, periodStart, 70),
                alarm(1003, "Fault", 5, 9, 31, periodStart, 466),
                alarm(1006, "Operator", 3, 1, 2, periodStart, 478));
        List<AlarmSummary> longest = List.of(
                alarm(1004, "Fault", 2, 36, 44, periodStart, 1_150),
                alarm(1002, "Warning", 8, 11, 57, periodStart, 70),
                alarm(1003, "Fault", 5, 9, 31, periodStart, 466));
        return new AlarmStatistics(classes, frequent, longest);
    }

    private AlarmSummary alarm(long number, String alarmClass, long count, int longestMin, int totalMin,
            Instant periodStart, int firstAfterMin) {
        return new AlarmSummary(number, messages.get("alarm." + number), messages.get("alarmClass." + alarmClass),
                count, Duration.ofMinutes(longestMin), Duration.ofMinutes(totalMin),
                periodStart.plus(Duration.ofMinutes(firstAfterMin)).atZone(zone).toOffsetDateTime());
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
