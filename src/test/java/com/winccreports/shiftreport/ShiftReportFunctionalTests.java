package com.winccreports.shiftreport;

import static com.winccreports.shiftreport.ReportReading.input;
import static com.winccreports.shiftreport.ReportReading.statistics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.winccreports.job.RunOutcome;
import com.winccreports.report.ShiftResult;
import com.winccreports.report.TagStatistics;
import com.winccreports.shiftreport.merge.LineResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;

/**
 * The shipped demo job over a full production day of the demo plant, both lines ({@link DemoDayRun}, shared with
 * the golden comparison), checked shift by shift against {@link NaiveShiftOracle} computed from the simulator's
 * raw values.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShiftReportFunctionalTests {

    RunOutcome outcome;
    Map<String, LineResult> lines;
    NaiveShiftOracle oracle;
    BatchStatus status;

    @BeforeAll
    void runTheDemoJobForOneDay() {
        DemoDayRun run = DemoDayRun.get();
        outcome = run.outcome;
        lines = run.lines;
        status = run.status;
        oracle = run.oracle;
    }

    @Test
    void completesAndPublishesExcelAndPdfPerLine() {
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        assertThat(outcome.status()).as(outcome.message()).isIn(RunOutcome.Status.COMPLETED,
                RunOutcome.Status.COMPLETED_INCOMPLETE_DATA);
        assertThat(outcome.outputFolder()).endsWithRaw(Path.of("shift-report", "2026-11-24", "v1"));
        assertThat(outcome.files()).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
                "shift-report_L1_2026-11-24_v1.xlsx", "shift-report_L1_2026-11-24_v1.pdf",
                "shift-report_L2_2026-11-24_v1.xlsx", "shift-report_L2_2026-11-24_v1.pdf");
        assertThat(lines.get("L1").shifts()).extracting(s -> s.shift().name())
                .containsExactly("Early", "Late", "Night");
    }

    /**
     * Minimum and maximum are those of the curve the time average is taken over (OPC UA Minimum2/Maximum2): the
     * usable samples of the shift, the value interpolated at its start when no sample lies there, and the value
     * its last stretch is drawn towards at its end (the next shift's first sample, when the two are usable and
     * at most the tag's validity, 3 s, apart).
     */
    @Test
    void countsMinimaAndMaximaAreThoseOfTheAveragedCurve() {
        forEachShift((line, shift) -> {
            for (String tag : new String[] {"Temperature", "Pressure", "Power"}) {
                TagStatistics stats = statistics(shift, line + "." + tag);
                NaiveShiftOracle.Raw raw = raw(line + "." + tag, shift);
                long from = shift.shift().start().toInstant().toEpochMilli();
                long to = shift.shift().end().toInstant().toEpochMilli();
                double[] extremes = NaiveShiftOracle.curveExtremes(raw, oracle.raw(line + "." + tag, to, to + 5000),
                        from, to, 3000);
                assertThat(stats.count()).as("%s %s count", shift.shift().name(), stats.tag()).isEqualTo(raw.size());
                assertThat(stats.min()).as("%s %s min", shift.shift().name(), stats.tag()).isEqualTo(extremes[0]);
                assertThat(stats.max()).as("%s %s max", shift.shift().name(), stats.tag()).isEqualTo(extremes[1]);
                assertThat(stats.average()).as("%s %s average within [min, max]", shift.shift().name(), stats.tag())
                        .isBetween(stats.min(), stats.max());
            }
        });
    }

    /** Counters and state tags are not in the statistics table: what they counted, and time per state. */
    @Test
    void countersAndStatesHaveStatisticsOfTheirKind() {
        forEachShift((line, shift) -> {
            assertThat(shift.statistics()).extracting(TagStatistics::kind).containsOnly("analog", "setpoint");
            var good = shift.counters().stream().filter(c -> c.tag().equals(line + ".GoodCount")).findFirst().orElseThrow();
            double expected = NaiveShiftOracle.counterTotal(raw(line + ".GoodCount", shift), 65536);
            assertThat(good.increase()).isCloseTo(expected, within(1e-6));
            assertThat(good.ratePerHour()).isCloseTo(expected / (shift.shift().duration().toMillis() / 3_600_000.0),
                    within(1e-6));
            assertThat(good.rollovers() + good.resets()).isEqualTo(good.events().size());
            var state = shift.states().stream().filter(c -> c.tag().equals(line + ".MachineState")).findFirst().orElseThrow();
            long running = NaiveShiftOracle.secondsInState(raw(line + ".MachineState", shift),
                    shift.shift().start().toInstant().toEpochMilli(), shift.shift().end().toInstant().toEpochMilli(), 1);
            assertThat(state.states()).filteredOn(d -> d.code() == 1).singleElement()
                    .satisfies(d -> assertThat(d.label()).isEqualTo("Running"))
                    .satisfies(d -> assertThat(d.time().toSeconds()).isCloseTo(running, within(2L)));
        });
    }

    @Test
    void goodAndScrapQuantitiesEqualTheCounterIncreases() {
        forEachShift((line, shift) -> {
            assertThat(input(shift, "qualityRatio", "goodQuantity")).as("%s %s good", line, shift.shift().name())
                    .isCloseTo(NaiveShiftOracle.counterTotal(raw(line + ".GoodCount", shift), 65536), within(1e-6));
            assertThat(input(shift, "qualityRatio", "producedQuantity")).as("%s %s produced", line, shift.shift().name())
                    .isCloseTo(NaiveShiftOracle.counterTotal(raw(line + ".GoodCount", shift), 65536)
                            + NaiveShiftOracle.counterTotal(raw(line + ".ScrapCount", shift), 65536), within(1e-6));
        });
    }

    @Test
    void runningTimeMatchesSecondBySecondStates() {
        forEachShift((line, shift) -> {
            NaiveShiftOracle.Raw raw = raw(line + ".MachineState", shift);
            long seconds = NaiveShiftOracle.secondsInState(raw, shift.shift().start().toInstant().toEpochMilli(),
                    shift.shift().end().toInstant().toEpochMilli(), 1);
            assertThat(input(shift, "availability", "actualProductionTime"))
                    .as("%s %s running seconds", line, shift.shift().name())
                    .isCloseTo(seconds, within(raw.size() + 1.0));
        });
    }

    @Test
    void temperatureAverageAndCoverageMatchSecondBySecondValues() {
        forEachShift((line, shift) -> {
            TagStatistics stats = statistics(shift, line + ".Temperature");
            double[] naive = NaiveShiftOracle.secondAverageAndCoverage(raw(line + ".Temperature", shift),
                    shift.shift().start().toInstant().toEpochMilli(), shift.shift().end().toInstant().toEpochMilli(), 3000);
            assertThat(stats.average()).as("%s %s average", line, shift.shift().name()).isCloseTo(naive[0], within(0.02));
            assertThat(stats.coveragePercent()).as("%s %s coverage", line, shift.shift().name())
                    .isCloseTo(naive[1], within(0.2));
            assertThat(shift.incomplete() || stats.coveragePercent() >= 95.0).isTrue();
        });
    }

    @Test
    void averageOverAllValuesReadsEveryValueAsItIsLikeASimpleScript() {
        forEachShift((line, shift) -> {
            TagStatistics stats = statistics(shift, line + ".Pressure");
            long from = shift.shift().start().toInstant().toEpochMilli();
            long to = shift.shift().end().toInstant().toEpochMilli();
            NaiveShiftOracle.Raw raw = raw(line + ".Pressure", shift);
            double area = raw.boundV() == null ? 0 : raw.boundV() * (raw.t()[0] - from);
            long covered = raw.boundV() == null ? 0 : raw.t()[0] - from;
            for (int i = 0; i < raw.t().length; i++) {           // every value held until the next, quality ignored
                long next = i + 1 < raw.t().length ? raw.t()[i + 1] : to;
                area += raw.v()[i] * (next - raw.t()[i]);
                covered += next - raw.t()[i];
            }
            assertThat(stats.averageAllValues()).as("%s %s average of all values", line, shift.shift().name())
                    .isCloseTo(area / covered, within(Math.abs(area / covered) * 2e-3));
        });
    }

    @Test
    void trendsHaveOnePointPerMinuteWithTheMeanOfItsGoodValues() {
        com.winccreports.report.TrendSeries trend = lines.get("L2").trends().stream()
                .filter(t -> t.tag().equals("L2.Pressure")).findFirst().orElseThrow();
        assertThat(trend.points()).hasSize(24 * 60);
        assertThat(lines.get("L2").trends()).extracting(com.winccreports.report.TrendSeries::tag)
                .doesNotContain("L2.GoodCount", "L2.MachineState");
        for (int minute : new int[] {0, 601, 1439}) {
            com.winccreports.report.TrendPoint point = trend.points().get(minute);
            long from = point.time().toEpochMilli();
            NaiveShiftOracle.Raw raw = oracle.raw("L2.Pressure", from, from + 60_000);
            double sum = 0;
            int good = 0;
            for (int i = 0; i < raw.size(); i++) {
                if (NaiveShiftOracle.usable(raw.q()[i])) {
                    sum += raw.v()[i];
                    good++;
                }
            }
            if (good == 0) {
                assertThat(point.value()).isNaN();
            } else {
                assertThat(point.value()).as("minute %d", minute).isCloseTo(sum / good, within(1e-9));
            }
        }
    }

    private void forEachShift(java.util.function.BiConsumer<String, ShiftResult> check) {
        lines.forEach((line, result) -> result.shifts().forEach(shift -> check.accept(line, shift)));
    }

    private NaiveShiftOracle.Raw raw(String tag, ShiftResult shift) {
        return oracle.raw(tag, shift.shift().start().toInstant().toEpochMilli(),
                shift.shift().end().toInstant().toEpochMilli());
    }
}
