package com.winccreports.shiftreport;

import static com.winccreports.shiftreport.ReportReading.input;
import static com.winccreports.shiftreport.ReportReading.numericCells;
import static com.winccreports.shiftreport.ReportReading.statistics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.winccreports.report.AlarmClassCount;
import com.winccreports.report.AlarmStatistics;
import com.winccreports.report.CounterReset;
import com.winccreports.report.DowntimeReason;
import com.winccreports.report.ShiftResult;
import com.winccreports.report.TagCoverage;
import com.winccreports.report.TagStatistics;
import com.winccreports.shift.kpi.TrafficLight;
import com.winccreports.shiftreport.merge.LineResult;
import com.winccreports.simulator.plant.ArchiveSeries;
import com.winccreports.simulator.plant.PlantModel;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo day of issue 12 (production day 2026-11-24, both lines, the shipped job; {@link DemoDayRun}): each
 * number of the report consistent with the plant, the calendar and itself — the defects found there, one test
 * each, against values derived from the simulator's raw archive.
 */
class DemoDayConsistencyTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    final DemoDayRun day = DemoDayRun.get();

    /** Defect 1: a line's report counts only its line's alarms; its Error alarms are its Down stops. */
    @Test
    void eachLineCountsOnlyItsOwnAlarmsAndTheyMatchItsStops() {
        assertThat(day.alarms.get("L1")).isNotEqualTo(day.alarms.get("L2"));
        for (String line : List.of("L1", "L2")) {
            AlarmStatistics alarms = day.alarms.get(line);
            String other = line.equals("L1") ? "L2" : "L1";
            assertThat(alarms.mostFrequent()).isNotEmpty().allSatisfy(a -> assertThat(a.text()).contains(line)
                    .doesNotContain(other));
            assertThat(alarms.longest()).allSatisfy(a -> assertThat(a.text()).contains(line).doesNotContain(other));
            long errors = alarms.byClass().stream().filter(c -> c.alarmClass().equals("Error"))
                    .mapToLong(AlarmClassCount::count).sum();
            LineResult result = day.lines.get(line);
            double failures = result.shifts().stream().mapToDouble(s -> input(s, "mtbf", "failureCount")).sum();
            long stops = result.shifts().stream().flatMap(s -> s.downtime().stream())
                    .mapToLong(DowntimeReason::occurrences).sum();
            assertThat(errors).as("%s: Error alarms = Down entries (FE) = stops by reason", line)
                    .isEqualTo((long) failures).isEqualTo(stops);
        }
        assertThat(day.alarms.get("L1").byClass()).filteredOn(c -> c.alarmClass().equals("Error"))
                .extracting(AlarmClassCount::count).containsExactly(37L);
    }

    /** Defect 3: the time elements partition planned busy time; availability stays within 0–100 %. */
    @Test
    void timeElementsPartitionPlannedBusyTimeAndNoKpiLeavesItsRange() {
        forEachShift((line, shift) -> {
            double pbt = input(shift, "availability", "plannedBusyTime");
            double aubt = input(shift, "utilizationEfficiency", "actualUnitBusyTime");
            double adot = input(shift, "mttr", "failureTime");
            assertThat(aubt + adot).as("%s %s: APT + AUST + ADET + ADOT = PBT", line, shift.shift().name())
                    .isEqualTo(pbt);
            assertThat(shift.kpis()).allSatisfy(k -> assertThat(k.status()).as(k.id()).isNotEqualTo(TrafficLight.DATA_PROBLEM));
            assertThat(shift.plannedStops()).as("the demo's shifts have no breaks").isNull();
        });
    }

    /** Defect 5: analog tags show the statistics the job lists for them, with the times of minimum and maximum. */
    @Test
    void analogTagsShowTheJobsListedStatistics() {
        forEachShift((line, shift) -> {
            TagStatistics temperature = statistics(shift, line + ".Temperature");
            assertThat(temperature.aggregates()).containsOnlyKeys("timeAverage", "minimum", "maximum", "percentGood");
            assertThat(temperature.aggregates().get("timeAverage")).isEqualTo(temperature.average());
            assertThat(temperature.minAt()).isNotNull();
            assertThat(temperature.maxAt()).isNotNull();
            assertThat(statistics(shift, line + ".Power").aggregates()).containsKey("integralHours");
        });
    }

    /** Defect 6: the value in force at the shift start counts for min and max too (the night setpoint of the issue). */
    @Test
    void setpointAveragesLieBetweenTheirMinimumAndMaximum() {
        forEachShift((line, shift) -> {
            TagStatistics setpoint = statistics(shift, line + ".TemperatureSetpoint");
            assertThat(setpoint.average()).as("%s %s", line, shift.shift().name())
                    .isBetween(setpoint.min() - 1e-9, setpoint.max() + 1e-9);
        });
    }

    /** Defect 7: resets and rollovers of counters only, each listed; L1.GoodCount rolls over at 03:28:14. */
    @Test
    void theAnnexListsEachRolloverAndResetOfCountersOnly() {
        for (String line : List.of("L1", "L2")) {
            var quality = day.lines.get(line).dataQuality();
            assertThat(quality.coverage()).filteredOn(c -> !c.tag().endsWith("Count") && !c.tag().endsWith("Meter"))
                    .extracting(TagCoverage::counterResets).containsOnly(0);
            List<String> expected = new ArrayList<>();
            for (String counter : List.of(".EnergyMeter", ".GoodCount", ".ScrapCount")) {
                expected.addAll(drops(day.plant, line + counter, counter.endsWith("Meter") ? Double.NaN : 65536));
            }
            assertThat(quality.counterResets()).extracting(r -> r.tag() + " " + r.kind() + " " + r.at().toInstant())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(day.lines.get("L1").dataQuality().counterResets()).anySatisfy(r -> {
            assertThat(r.tag()).isEqualTo("L1.GoodCount");
            assertThat(r.kind()).isEqualTo(CounterReset.Kind.ROLLOVER);
            assertThat(r.at().toLocalTime()).isEqualTo(LocalTime.of(3, 28, 14));
        });
    }

    /** Defect 11: UE = APT / AUBT with AUBT = APT + AUST + ADET: idle time is a delay (L1, early shift: 0.8230). */
    @Test
    void utilizationEfficiencyCountsIdleTimeAsDelay() {
        ShiftResult early = day.lines.get("L1").shifts().get(0);
        double apt = input(early, "utilizationEfficiency", "actualProductionTime");
        double aubt = input(early, "utilizationEfficiency", "actualUnitBusyTime");
        long idle = NaiveShiftOracle.secondsInState(raw("L1.MachineState", early), start(early), end(early), 2);
        long setup = NaiveShiftOracle.secondsInState(raw("L1.MachineState", early), start(early), end(early), 3);
        assertThat(aubt).isEqualTo(apt + setup + idle);
        assertThat(early.kpi("utilizationEfficiency").orElseThrow().value()).isCloseTo(apt / aubt, within(1e-11))
                .isCloseTo(0.8230, within(0.00005));
        assertThat(numericCells(day.files.get("shift-report_L1_2026-11-24_v1.xlsx")))
                .anySatisfy(n -> assertThat(n).isCloseTo(apt / aubt, within(1e-12)));
    }

    /**
     * Defect 11: a linear time average's last stretch is drawn towards the first sample at or after the window's
     * end, as OPC UA Part 13 does (L1.Temperature, early shift: 69.0560204 °C): trapezoids between the shift's
     * samples and on to the late shift's first one, over time with a usable value (gaps of more than 3 s left out).
     */
    @Test
    void theTimeAverageDrawsItsEndTowardsTheNextSample() {
        ShiftResult early = day.lines.get("L1").shifts().get(0);
        NaiveShiftOracle.Raw raw = raw("L1.Temperature", early);
        NaiveShiftOracle.Raw next = new NaiveShiftOracle(day.plant).raw("L1.Temperature", end(early),
                end(early) + 5000);
        double area = 0;
        long covered = 0;
        for (int i = 0; i < raw.size(); i++) {
            boolean last = i + 1 == raw.size();
            long t2 = last ? next.t()[0] : raw.t()[i + 1];
            double v2 = last ? next.v()[0] : raw.v()[i + 1];
            int q2 = last ? next.q()[0] : raw.q()[i + 1];
            long until = Math.min(t2, end(early));
            if (!NaiveShiftOracle.usable(raw.q()[i]) || until - raw.t()[i] <= 0) {
                continue;
            }
            boolean line = NaiveShiftOracle.usable(q2) && t2 - raw.t()[i] <= 3000;
            long held = line ? until - raw.t()[i] : Math.min(until - raw.t()[i], 3000);
            double atEnd = line ? raw.v()[i] + (v2 - raw.v()[i]) * (until - raw.t()[i]) / (t2 - raw.t()[i]) : raw.v()[i];
            area += (raw.v()[i] + atEnd) / 2 * held;
            covered += held;
        }
        TagStatistics temperature = statistics(early, "L1.Temperature");
        assertThat(temperature.average()).isCloseTo(area / covered, within(1e-9)).isCloseTo(69.0560204, within(5e-8));
        assertThat(numericCells(day.files.get("shift-report_L1_2026-11-24_v1.xlsx")))
                .anySatisfy(n -> assertThat(n).isCloseTo(temperature.average(), within(1e-12)));
    }

    /** Every drop of a counter's raw readings in the period: a rollover when it falls by more than half of it. */
    private List<String> drops(PlantModel plant, String tag, double rollover) {
        LineResult anyLine = day.lines.get("L1");
        Instant from = anyLine.shifts().get(0).shift().start().toInstant();
        Instant to = anyLine.shifts().get(anyLine.shifts().size() - 1).shift().end().toInstant();
        ArchiveSeries raw = plant.series("PVArchive", tag, from, to);
        NaiveShiftOracle.Raw withBound = new NaiveShiftOracle(plant).raw(tag, from.toEpochMilli(), to.toEpochMilli());
        List<String> drops = new ArrayList<>();
        Double previous = withBound.boundV();
        for (int i = 0; i < raw.size(); i++) {
            if (!NaiveShiftOracle.usable(raw.qualities()[i])) {
                continue;
            }
            double value = raw.values()[i];
            if (previous != null && value < previous) {
                boolean wrapped = rollover == rollover && previous - value > rollover / 2;
                drops.add(tag + " " + (wrapped ? "ROLLOVER" : "RESET") + " " + Instant.ofEpochMilli(raw.timestamps()[i]));
            }
            previous = value;
        }
        return drops;
    }

    private void forEachShift(java.util.function.BiConsumer<String, ShiftResult> check) {
        day.lines.forEach((line, result) -> result.shifts().forEach(shift -> check.accept(line, shift)));
    }

    private NaiveShiftOracle.Raw raw(String tag, ShiftResult shift) {
        return new NaiveShiftOracle(day.plant).raw(tag, start(shift), end(shift));
    }

    private static long start(ShiftResult shift) {
        return shift.shift().start().toInstant().toEpochMilli();
    }

    private static long end(ShiftResult shift) {
        return shift.shift().end().toInstant().toEpochMilli();
    }
}
