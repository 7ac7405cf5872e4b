package com.winccreports.shiftreport;

import static com.winccreports.shiftreport.ReportReading.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.winccreports.job.RunOutcome;
import com.winccreports.report.AlarmStatistics;
import com.winccreports.report.ShiftResult;
import com.winccreports.shift.calendar.ShiftInstance;
import com.winccreports.shift.calendar.ShiftPart;
import com.winccreports.shiftreport.merge.LineResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plant set up unlike the demo ({@code jobs/plants/press-plant.yaml}): Central time, two 12-h shifts with
 * breaks, machine-state codes 0 Down / 1 Running / 2 Idle / 3 Setup, a counter of all parts made and one of
 * rejects (good = made − rejects), a 5-s archive, alarm filters named {@code P1Alarms}, {@code P2Alarms} and a
 * site-wide one. Its day runs end to end, and the figures agree with a naive count over the raw archive values in
 * each shift's planned busy time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PressShopFunctionalTests {

    static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    Map<String, LineResult> lines;
    Map<String, AlarmStatistics> alarms;
    Map<String, byte[]> files;
    List<ShiftInstance> shifts;
    NaiveShiftOracle oracle;

    @BeforeAll
    void runThePressShopDay(@TempDir Path root) {
        ScenarioRun run = ScenarioRun.of(root, "press", "America/Chicago", DAY, List.of("P1", "P2"));
        assertThat(run.outcome().status()).as(run.outcome().message()).isIn(RunOutcome.Status.COMPLETED,
                RunOutcome.Status.COMPLETED_INCOMPLETE_DATA);
        lines = run.staged().lines();
        alarms = run.staged().alarms();
        files = run.staged().files();
        shifts = run.definitions().site("press").calendar().shiftsOf(DAY);
        oracle = new NaiveShiftOracle(run.plant());
    }

    @Test
    void publishesBothPressesInBothFormats() {
        assertThat(files.keySet()).containsExactlyInAnyOrder("shift-report_P1_2026-11-24_v1.xlsx",
                "shift-report_P1_2026-11-24_v1.pdf", "shift-report_P2_2026-11-24_v1.xlsx",
                "shift-report_P2_2026-11-24_v1.pdf");
        for (String line : List.of("P1", "P2")) {
            assertThat(ReportReading.numericCells(files.get("shift-report_" + line + "_2026-11-24_v1.xlsx")))
                    .isNotEmpty();
            assertThat(ReportReading.pdfText(files.get("shift-report_" + line + "_2026-11-24_v1.pdf")))
                    .contains(line).contains("Night shift");
        }
        assertThat(lines.get("P1").shifts()).extracting(s -> s.shift().name()).containsExactly("Day", "Night");
    }

    /** Code 0 is Down here: the engine reads the site's codes, never the demo's. */
    @Test
    void statesAreTheSitesCodesWithTheirLabels() {
        forEachShift((line, shift) -> {
            assertThat(shift.states()).filteredOn(s -> s.tag().equals(line + ".State")).singleElement()
                    .satisfies(s -> assertThat(s.states()).allSatisfy(d -> assertThat(d.label())
                            .isEqualTo(Map.of(0, "Down", 1, "Running", 2, "Idle", 3, "Setup").get(d.code()))));
        });
    }

    /** The time elements are counted in planned busy time only, second by second, and partition it. */
    @Test
    void timeElementsAreTheRawStatesInPlannedBusyTime() {
        forEachShift((line, shift) -> {
            ShiftInstance plan = plan(shift);
            double pbt = input(shift, "availability", "plannedBusyTime");
            assertThat(pbt).isEqualTo(plan.plannedBusyTime().toSeconds());
            double sum = 0;
            for (int[] element : new int[][] {{1}, {0}, {2}, {3}}) {
                long seconds = 0;
                for (ShiftPart part : busy(plan)) {
                    seconds += NaiveShiftOracle.secondsInState(oracle.raw(line + ".State", part.startMillis(),
                            part.endMillis()), part.startMillis(), part.endMillis(), element[0]);
                }
                sum += seconds;
                if (element[0] == 1) {
                    assertThat(input(shift, "availability", "actualProductionTime")).as("%s %s APT", line,
                            shift.shift().name()).isEqualTo(seconds);
                }
            }
            assertThat(sum).as("APT + ADOT + ADET + AUST = PBT").isEqualTo(pbt);
            assertThat(shift.kpi("availability").orElseThrow().value()).isBetween(0.0, 100.0);
            assertThat(shift.plannedStops().plannedStopTime()).isEqualTo(Duration.ofMinutes(70));
        });
    }

    /** Made = the PartsTotal counter's increase in busy time, rejects likewise, good = made − rejects. */
    @Test
    void quantitiesComeFromTheTotalAndRejectCountersInBusyTime() {
        forEachShift((line, shift) -> {
            double made = 0;
            double rejects = 0;
            for (ShiftPart part : busy(plan(shift))) {
                made += NaiveShiftOracle.counterTotal(oracle.raw(line + ".PartsTotal", part.startMillis(),
                        part.endMillis()), 65536);
                rejects += NaiveShiftOracle.counterTotal(oracle.raw(line + ".Rejects", part.startMillis(),
                        part.endMillis()), 65536);
            }
            assertThat(input(shift, "qualityRatio", "producedQuantity")).isCloseTo(made, within(1e-6));
            assertThat(input(shift, "qualityRatio", "goodQuantity")).isCloseTo(made - rejects, within(1e-6));
            assertThat(shift.kpi("qualityRatio").orElseThrow().inputs()).filteredOn(i -> i.element().id().equals("goodQuantity"))
                    .singleElement().satisfies(i -> assertThat(i.source()).isEqualTo("derived PQ − SQ"));
        });
    }

    @Test
    void eachPressCountsItsOwnAlarmsAndTheSiteSummaryBoth() {
        for (String line : List.of("P1", "P2")) {
            assertThat(alarms.get(line).mostFrequent()).isNotEmpty()
                    .allSatisfy(a -> assertThat(a.text()).startsWith(line + " "));
        }
        assertThat(alarms.get("site").total()).isEqualTo(alarms.get("P1").total() + alarms.get("P2").total());
    }

    private void forEachShift(BiConsumer<String, ShiftResult> check) {
        lines.forEach((line, result) -> result.shifts().forEach(shift -> check.accept(line, shift)));
    }

    private ShiftInstance plan(ShiftResult shift) {
        return shifts.stream().filter(s -> s.name().equals(shift.shift().name())).findFirst().orElseThrow();
    }

    private static List<ShiftPart> busy(ShiftInstance plan) {
        return plan.parts().stream().filter(p -> p.busy(false)).toList();
    }
}
