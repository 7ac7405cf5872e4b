package com.winccreports.shiftreport;

import static com.winccreports.shiftreport.ReportReading.input;
import static com.winccreports.shiftreport.ReportReading.kpi;
import static com.winccreports.shiftreport.ReportReading.numericCells;
import static com.winccreports.shiftreport.ReportReading.pdfText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.winccreports.job.RunOutcome;
import com.winccreports.report.AlarmClassCount;
import com.winccreports.report.AlarmStatistics;
import com.winccreports.report.PlannedStopProduction;
import com.winccreports.report.ShiftResult;
import com.winccreports.shift.kpi.TrafficLight;
import com.winccreports.shiftreport.merge.LineResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vorne's published OEE example (vorne.com, "Calculate OEE") played by the simulator ({@code
 * jobs/plants/vorne-plant.yaml}) and reported by the shift report job with its real renderers. The shift is
 * 06:00–14:00 (480 min) with breaks of 15 + 30 + 15 min, so planned busy time PBT = 420 min; four unplanned
 * stops take 47 min, so APT = 373 min; 19,271 units are made at an ideal 1.0 s, 18,848 of them good:
 * A = 373 / 420 = 88.81 %, P = 19,271 × 1.0 s / 22,380 s = 86.11 %, Q = 18,848 / 19,271 = 97.80 %,
 * OEE = 74.79 %. Line L1 is idle in the breaks, as in the example; on line L2 a relief operator runs the machine
 * through them (60 min, 3,100 more units, 40 scrap): the KPIs stay the same, and the units show on a line of
 * their own, flagged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VorneScenarioFunctionalTests {

    static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    static final double A = 373.0 / 420;
    static final double P = 19_271 * 1.0 / (373 * 60);
    static final double Q = 18_848.0 / 19_271;

    RunOutcome outcome;
    Map<String, LineResult> lines;
    Map<String, AlarmStatistics> alarms;
    Map<String, byte[]> files;

    @BeforeAll
    void runTheVorneDay(@TempDir Path root) {
        ScenarioRun run = ScenarioRun.of(root, "vorne", "Europe/Berlin", DAY, List.of("L1", "L2"));
        outcome = run.outcome();
        assertThat(outcome.status()).as(outcome.message()).isEqualTo(RunOutcome.Status.COMPLETED);
        lines = run.staged().lines();
        alarms = run.staged().alarms();
        files = run.staged().files();
    }

    @Test
    void bothLinesShowVornesAvailabilityPerformanceQualityAndOee() {
        for (LineResult line : lines.values()) {
            ShiftResult early = line.shifts().get(0);
            assertThat(kpi(early, "availability")).as(line.line()).isCloseTo(A, within(1e-11));
            assertThat(kpi(early, "effectiveness")).as(line.line()).isCloseTo(P, within(1e-11));
            assertThat(kpi(early, "qualityRatio")).as(line.line()).isCloseTo(Q, within(1e-11));
            assertThat(kpi(early, "oee")).as(line.line()).isCloseTo(A * P * Q, within(1e-11)).isCloseTo(0.7479, within(0.00005));
            assertThat(input(early, "availability", "plannedBusyTime")).isEqualTo(420 * 60);
            assertThat(input(early, "availability", "actualProductionTime")).isEqualTo(373 * 60);
            assertThat(input(early, "qualityRatio", "producedQuantity")).isEqualTo(19_271);
            assertThat(input(early, "qualityRatio", "goodQuantity")).isEqualTo(18_848);
            assertThat(line.periodKpis()).filteredOn(k -> k.id().equals("oee")).singleElement()
                    .satisfies(k -> assertThat(k.value()).isCloseTo(A * P * Q, within(1e-11)));
        }
    }

    /** ISO 22400-2: APT, AUST, ADET and ADOT are measured in planned busy time only, and partition it. */
    @Test
    void theTimeElementsPartitionPlannedBusyTime() {
        for (LineResult line : lines.values()) {
            ShiftResult early = line.shifts().get(0);
            double apt = input(early, "availability", "actualProductionTime");
            double ubt = input(early, "utilizationEfficiency", "actualUnitBusyTime");
            assertThat(ubt).as("AUBT = APT + AUST + ADET: no setup, no idle time in busy time").isEqualTo(apt);
            double adot = input(early, "mttr", "failureTime");
            assertThat(apt + adot).as(line.line()).isEqualTo(input(early, "availability", "plannedBusyTime"));
            assertThat(input(early, "mttr", "failureCount")).isEqualTo(4);
            assertThat(kpi(early, "mttr")).isEqualTo(47 * 60 / 4.0);
            assertThat(early.downtime()).extracting(d -> d.code() + ":" + d.duration().toMinutes() + ":" + d.occurrences())
                    .containsExactly("101:24:2", "201:14:1", "102:9:1");
        }
    }

    @Test
    void aMachineIdleInTheBreaksHasNothingToFlag() {
        PlannedStopProduction breaks = lines.get("L1").shifts().get(0).plannedStops();
        assertThat(breaks.plannedStopTime()).isEqualTo(Duration.ofMinutes(60));
        assertThat(breaks.runningTime()).isZero();
        assertThat(breaks.producedQuantity()).isZero();
        assertThat(breaks.flagged()).isFalse();
    }

    /** Production in planned stops keeps out of P and Q (with its time left out of A) and is shown on its own. */
    @Test
    void productionThroughTheBreaksIsShownOnItsOwnLineAndFlagged() {
        PlannedStopProduction breaks = lines.get("L2").shifts().get(0).plannedStops();
        assertThat(breaks.plannedStopTime()).isEqualTo(Duration.ofMinutes(60));
        assertThat(breaks.runningTime()).isEqualTo(Duration.ofMinutes(60));
        assertThat(breaks.producedQuantity()).isEqualTo(3_100);
        assertThat(breaks.goodQuantity()).isEqualTo(3_060);
        assertThat(breaks.flagged()).isTrue();
        assertThat(lines.get("L2").periodPlannedStops()).isEqualTo(breaks);
        assertThat(lines.get("L2").shifts().get(0).kpis()).allSatisfy(k -> assertThat(k.status()).as(k.id()).isNotEqualTo(TrafficLight.DATA_PROBLEM));
    }

    /** Each line's report counts its own alarms: one Error per Down stop, as many as its failures (FE). */
    @Test
    void eachLineCountsItsOwnDownAlarms() {
        for (String line : List.of("L1", "L2")) {
            AlarmStatistics own = alarms.get(line);
            assertThat(own.byClass()).filteredOn(c -> c.alarmClass().equals("Error")).extracting(AlarmClassCount::count)
                    .containsExactly(4L);
            assertThat(own.mostFrequent()).allSatisfy(a -> assertThat(a.text()).startsWith(line + " "));
        }
    }

    @Test
    void theProducedWorkbooksAndPdfsShowTheKpis() {
        for (String line : List.of("L1", "L2")) {
            List<Double> numbers = numericCells(files.get("shift-report_" + line + "_2026-11-24_v1.xlsx"));
            for (double expected : new double[] {A, P, Q, A * P * Q}) {
                assertThat(numbers).as("%s: a cell with %f", line, expected)
                        .anySatisfy(n -> assertThat(n).isCloseTo(expected, within(1e-9)));
            }
            String pdf = pdfText(files.get("shift-report_" + line + "_2026-11-24_v1.pdf"));
            assertThat(pdf).containsPattern(Pattern.compile("74[.,](79|8)"));
            assertThat(pdf).containsPattern(Pattern.compile("88[.,](81|8)"));
        }
    }
}
