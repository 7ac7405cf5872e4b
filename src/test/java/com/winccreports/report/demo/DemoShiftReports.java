package com.winccreports.report.demo;

import com.winccreports.period.ZonedPeriod;
import com.winccreports.report.CounterReset;
import com.winccreports.report.DataGap;
import com.winccreports.report.DataQuality;
import com.winccreports.report.DataTable;
import com.winccreports.report.KpiTrendPoint;
import com.winccreports.report.Provenance;
import com.winccreports.report.ShiftInfo;
import com.winccreports.report.ShiftReport;
import com.winccreports.report.ShiftResult;
import com.winccreports.report.TagCoverage;
import com.winccreports.shift.kpi.BatchRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A realistic shift report of the demo plant's line {@code L1} (see docs/architecture.md), computed from
 * deterministic signals: the same options always give the same report, its KPIs computed by the product's KPI
 * engine. Test code: for renderer tests, the language samples in {@code sample-output/} and the renderer benchmark.
 */
public final class DemoShiftReports {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    public static final String SITE = "demo";
    public static final String LINE = "L1";
    private static final String[] SHIFTS = {"Early", "Late", "Night"};
    private static final String[] CREWS = {"A", "B", "C", "D"};

    private DemoShiftReports() {
    }

    public static ShiftReport create(DemoReportOptions options) {
        Messages messages = new Messages(options.locale());
        LocalDate day = options.productionDay();
        List<ShiftInfo> shifts = shifts(day, messages);
        ZonedPeriod period = ZonedPeriod.of(day, shifts.get(0).start().toInstant(), shifts.get(2).end().toInstant(),
                ZONE);
        long seed = day.toEpochDay();
        DemoDowntime downtime = new DemoDowntime(shifts, seed, messages);
        Instant gapFrom = shifts.get(2).start().toInstant().plus(Duration.ofMinutes(250));
        Instant gapTo = gapFrom.plus(Duration.ofMinutes(25));
        DemoSignals signals = new DemoSignals(ZONE, downtime, gapFrom, gapTo);
        DemoStatistics statistics = new DemoStatistics(signals, messages, LINE);
        Instant from = period.from().toInstant();
        Instant to = period.to().toInstant();
        DemoRecords records = new DemoRecords(ZONE, messages, LINE);
        List<BatchRecord> batches = records.batches(from, day.toString());
        List<ShiftResult> results = new ArrayList<>();
        DemoKpis.Inputs total = new DemoKpis.Inputs(0, 0, 0, 0, 0, 0, 0);
        for (int s = 0; s < shifts.size(); s++) {
            Instant shiftFrom = shifts.get(s).start().toInstant();
            Instant shiftTo = shifts.get(s).end().toInstant();
            DemoKpis.Inputs inputs = DemoKpis.measure(signals, downtime, shiftFrom, shiftTo, seed * 3 + s);
            total = total.plus(inputs);
            results.add(new ShiftResult(shifts.get(s), DemoKpis.results(inputs),
                    statistics.statistics(shiftFrom, shiftTo), downtime.reasons(shiftFrom, shiftTo), false,
                    DemoCounters.counters(inputs, shiftFrom, shiftTo, rollover(period), messages, LINE),
                    DemoCounters.states(inputs, downtime, shiftFrom, shiftTo, LINE), null,
                    DemoRecords.shares(batches, shifts.get(s))));
        }
        return new ShiftReport(SITE, LINE, messages.get("line"), period, options.locale(),
                DemoKpis.results(total), results, statistics.trends(from, to, 5),
                shiftTrend(day, results, messages), batches,
                records.alarms(from), dataQuality(period, gapFrom, gapTo, options, messages),
                provenance(period, options), tables(new DemoTables(signals, statistics, messages, LINE), period,
                        options.rawRows()), null);
    }

    private static List<DataTable> tables(DemoTables tables, ZonedPeriod period, long rawRows) {
        List<DataTable> streamed = new ArrayList<>();
        streamed.add(tables.perMinute(period.from().toInstant(), period.to().toInstant()));
        if (rawRows > 0) {
            streamed.add(tables.raw(period.from().toInstant(), rawRows));
        }
        return streamed;
    }

    static List<ShiftInfo> shifts(LocalDate day, Messages messages) {
        List<ShiftInfo> shifts = new ArrayList<>();
        for (int s = 0; s < SHIFTS.length; s++) {
            LocalTime start = LocalTime.of(6 + 8 * s, 0);
            LocalDate endDay = s == 2 ? day.plusDays(1) : day;
            shifts.add(new ShiftInfo(SHIFTS[s], messages.get("shift." + SHIFTS[s]),
                    CREWS[(int) Math.floorMod(day.toEpochDay() + s, CREWS.length)],
                    day.atTime(start).atZone(ZONE).toOffsetDateTime(),
                    endDay.atTime(start.plusHours(8)).atZone(ZONE).toOffsetDateTime(), day));
        }
        return shifts;
    }

    /** OEE of the six production days before and of this day's shifts. */
    private static List<KpiTrendPoint> shiftTrend(LocalDate day, List<ShiftResult> current, Messages messages) {
        List<KpiTrendPoint> points = new ArrayList<>();
        for (int d = 6; d >= 1; d--) {
            LocalDate earlier = day.minusDays(d);
            List<ShiftInfo> shifts = shifts(earlier, messages);
            for (int s = 0; s < shifts.size(); s++) {
                double oee = 0.66 + 0.06 * DemoSignals.noise(earlier.toEpochDay(), s);
                points.add(point(earlier, shifts.get(s), oee, messages));
            }
        }
        for (ShiftResult result : current) {
            points.add(point(day, result.shift(), result.kpi("oee").orElseThrow().value(), messages));
        }
        return points;
    }

    private static KpiTrendPoint point(LocalDate day, ShiftInfo shift, double value, Messages messages) {
        String label = String.format("%02d-%02d %s", day.getMonthValue(), day.getDayOfMonth(),
                messages.get("shortShift." + shift.name()));
        return new KpiTrendPoint("oee", day, shift.name(), label, shift.start(), value);
    }

    private static DataQuality dataQuality(ZonedPeriod period, Instant gapFrom, Instant gapTo,
            DemoReportOptions options, Messages messages) {
        double seconds = period.duration().toSeconds();
        double vibrationCoverage = 100 * (1 - Duration.between(gapFrom, gapTo).toSeconds() / seconds);
        List<TagCoverage> coverage = new ArrayList<>();
        for (String tag : DemoSignals.TAGS) {
            boolean vibration = "Vibration".equals(tag);
            boolean pressure = "Pressure".equals(tag);
            coverage.add(new TagCoverage(LINE + "." + tag, vibration ? vibrationCoverage
                    : pressure ? 100 * (1 - 240 / seconds) : 100.0, (long) (seconds / (vibration ? 10 : 1)),
                    vibration ? Duration.between(gapFrom, gapTo) : Duration.ZERO,
                    pressure ? Duration.ofMinutes(4) : Duration.ZERO, "", 0));
        }
        coverage.add(new TagCoverage(LINE + ".GoodCount", 100, (long) seconds, null, null, "", 1));
        coverage.add(new TagCoverage(LINE + ".MachineState", 100, 31, null, null, "step", 0));
        List<CounterReset> resets = List.of(rollover(period));
        List<DataGap> gaps = List.of(new DataGap(LINE + ".Vibration", gapFrom.atZone(ZONE).toOffsetDateTime(),
                gapTo.atZone(ZONE).toOffsetDateTime()));
        return new DataQuality(coverage, gaps, resets, options.version() > 1, false,
                List.of(messages.get("note.gap"), messages.get("note.rollover")));
    }

    /** The good counter's one rollover of the day, 12 h 13 min into the period (in the late shift). */
    static CounterReset rollover(ZonedPeriod period) {
        Instant at = period.from().toInstant().plus(Duration.ofMinutes(733));
        return new CounterReset(LINE + ".GoodCount", at.atZone(ZONE).toOffsetDateTime(), 65_529, 14,
                CounterReset.Kind.ROLLOVER);
    }

    private static Provenance provenance(ZonedPeriod period, DemoReportOptions options) {
        String reportId = SITE + "-" + LINE + "-" + period.productionDay();
        return new Provenance(reportId, options.version(), options.version() - 1, options.generatedAt(),
                "0.1.0", "simulator (embedded)", List.of("PVArchive", "PVArchive10s", "PVArchive1min",
                        "BatchRecords", "Recipes", "Alarms"), "shift-report-demo",
                sha256("jobs/shift-report-demo.yaml@" + SITE + "/" + LINE),
                period.to().toInstant().plus(Duration.ofMinutes(30)));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
