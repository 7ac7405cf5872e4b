package com.winccreports.shift.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.winccreports.shift.aggregate.Aggregate;
import com.winccreports.shift.aggregate.Interpolation;
import com.winccreports.shift.aggregate.Quality;
import com.winccreports.shift.aggregate.SliceAccumulator;
import com.winccreports.shift.aggregate.TagAggregator;
import com.winccreports.shift.aggregate.TagPartial;
import com.winccreports.shift.aggregate.TagKind;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.shift.aggregate.TagStatistics;
import com.winccreports.shift.calendar.BreakSpec;
import com.winccreports.shift.calendar.ShiftCalendar;
import com.winccreports.shift.calendar.ShiftCalendarSpec;
import com.winccreports.shift.calendar.ShiftDefinitionSpec;
import com.winccreports.shift.calendar.ShiftInstance;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The whole path a job takes — calendar → hourly slices → partials → merge → finish → element
 * values → KPIs — on the Vorne OEE example (see {@link KpiCalculatorTest#vorneWorkedExample()})
 * played out on the demo plant's tags: Early shift 06–14 Europe/Berlin with 2 × 15 min breaks and
 * a 30 min meal, 47 min down in two failures, 19,271 pieces of which 423 scrap.
 */
class ShiftKpiPipelineTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    static final TagProfile STATE = TagProfile.of(TagKind.STATE, Interpolation.STEPPED, Duration.ofHours(9))
            .withStates(Map.of(1, "Running", 2, "Idle", 4, "Down"));
    static final TagProfile REASON = TagProfile.of(TagKind.STATE, Interpolation.STEPPED, Duration.ofHours(9))
            .withStates(Map.of(0, "none", 1, "Material shortage", 2, "Mechanical fault"));
    static final TagProfile COUNTER = TagProfile.of(TagKind.COUNTER, Interpolation.STEPPED, Duration.ofMinutes(3))
            .withRollover(65536.0);

    static long at(int hour, int minute) {
        return LocalDateTime.of(DAY, LocalTime.of(hour, minute)).atZone(BERLIN).toInstant().toEpochMilli();
    }

    static ShiftInstance earlyShift() {
        ShiftCalendarSpec spec = ShiftCalendarSpec.of(Duration.ofHours(6), List.of(
                new ShiftDefinitionSpec("Early", "Frühschicht", LocalTime.of(6, 0), LocalTime.of(14, 0), List.of(
                        new BreakSpec(LocalTime.of(8, 0), LocalTime.of(8, 15), Optional.of("Pause")),
                        new BreakSpec(LocalTime.of(10, 0), LocalTime.of(10, 30), Optional.of("Mittag")),
                        new BreakSpec(LocalTime.of(12, 0), LocalTime.of(12, 15), Optional.of("Pause")))),
                ShiftDefinitionSpec.of("Late", LocalTime.of(14, 0), LocalTime.of(22, 0)),
                ShiftDefinitionSpec.of("Night", LocalTime.of(22, 0), LocalTime.of(6, 0))));
        return ShiftCalendar.of(spec, BERLIN).shiftsOf(DAY).get(0);
    }

    /** Aggregates a series over the shift in hourly slices, merges, finishes (as the job does). */
    static TagStatistics aggregate(ShiftInstance shift, TagProfile profile, long[] ts, double[] vs, long boundT, double boundV) {
        List<TagPartial> partials = new ArrayList<>();
        long boundTs = boundT;
        double boundVal = boundV;
        for (long from = shift.startMillis(); from < shift.endMillis(); from += 3_600_000) {
            long to = from + 3_600_000;
            SliceAccumulator acc = new SliceAccumulator(from, to, profile).bound(boundTs, boundVal, Quality.GOOD);
            int j = feed(acc, from, to, ts, vs);
            if (j > 0) {
                boundTs = ts[j - 1];
                boundVal = vs[j - 1];
            }
            partials.add(acc.partial());
        }
        TagPartial merged = TagAggregator.mergeAll(partials, profile);
        return TagAggregator.finish(merged, shift.startMillis(), shift.endMillis(), profile);
    }

    /** Feeds the good samples of {@code [from, to)}; returns the index after the last one fed. */
    static int feed(SliceAccumulator acc, long from, long to, long[] ts, double[] vs) {
        int i = 0;
        while (i < ts.length && ts[i] < from) {
            i++;
        }
        int j = i;
        while (j < ts.length && ts[j] < to) {
            j++;
        }
        int[] q = new int[j - i];
        Arrays.fill(q, Quality.GOOD);
        acc.accept(Arrays.copyOfRange(ts, i, j), Arrays.copyOfRange(vs, i, j), q, j - i);
        return j;
    }

    static TagStatistics counter(ShiftInstance shift, double startValue, double total) {
        long[] ts = new long[480];
        double[] vs = new double[480];
        for (int m = 0; m < 480; m++) {
            ts[m] = shift.startMillis() + m * 60_000L;
            vs[m] = (startValue + Math.floor(total * (m + 1) / 480)) % 65536;
        }
        return aggregate(shift, COUNTER, ts, vs, shift.startMillis() - 60_000, startValue);
    }

    static Map<String, TagStatistics> tags(ShiftInstance shift) {
        Map<String, TagStatistics> tags = new HashMap<>();
        long[] st = {at(8, 0), at(8, 15), at(9, 0), at(9, 20), at(10, 0), at(10, 30), at(11, 0), at(11, 27), at(12, 0), at(12, 15)};
        double[] sv = {2, 1, 4, 1, 2, 1, 4, 1, 2, 1};
        tags.put("L1.MachineState", aggregate(shift, STATE, st, sv, at(5, 0), 1));
        long[] rt = {at(9, 0), at(9, 20), at(11, 0), at(11, 27)};
        tags.put("L1.DowntimeReason", aggregate(shift, REASON, rt, new double[] {2, 0, 1, 0}, at(5, 0), 0));
        tags.put("L1.GoodCount", counter(shift, 65_000, 18_848));   // rolls over at 65536 during the shift
        tags.put("L1.ScrapCount", counter(shift, 0, 423));
        return tags;
    }

    static KpiMapping spec(KpiOptions.BatchAllocation allocation) {
        return new KpiMapping(Map.of(
                KpiElement.ACTUAL_PRODUCTION_TIME, ElementSource.tagState("L1.MachineState", Aggregate.TIME_IN_STATE, 1),
                KpiElement.FAILURE_COUNT, ElementSource.tagState("L1.MachineState", Aggregate.STATE_ENTRIES, 4),
                KpiElement.FAILURE_TIME, ElementSource.tagState("L1.MachineState", Aggregate.TIME_IN_STATE, 4),
                KpiElement.GOOD_QUANTITY, ElementSource.tag("L1.GoodCount", Aggregate.COUNTER_TOTAL),
                KpiElement.SCRAP_QUANTITY, ElementSource.tag("L1.ScrapCount", Aggregate.COUNTER_TOTAL),
                KpiElement.REWORK_QUANTITY, ElementSource.userArchive("BatchRecords", "ReworkQty"),
                KpiElement.PLANNED_RUN_TIME_PER_UNIT, ElementSource.userArchive("Recipes", "IdealCycleTimeS")),
                KpiOptions.DEFAULTS.withBatches(allocation, Optional.of("L1.DowntimeReason")),
                Map.of(Kpi.OEE, KpiTarget.of(0.85, 0.85, 0.65)));   // world class 85 %
    }

    /** B1 05:00–10:00 (rework 10) and B2 10:00–16:00 (rework 60): B2 spans the Early and Late shifts. */
    static ProductionRecords batches() {
        return new ProductionRecords(List.of(
                new BatchRecord("B1", "R1", Instant.ofEpochMilli(at(5, 0)), Instant.ofEpochMilli(at(10, 0)), Map.of("ReworkQty", 10.0)),
                new BatchRecord("B2", "R1", Instant.ofEpochMilli(at(10, 0)), Instant.ofEpochMilli(at(16, 0)), Map.of("ReworkQty", 60.0))),
                Map.of("R1", Map.of("IdealCycleTimeS", 1.0)), true);
    }

    @Test
    void vorneExampleThroughTheWholePipeline() {
        ShiftInstance shift = earlyShift();
        KpiMapping spec = spec(KpiOptions.BatchAllocation.TIME_SHARE);

        KpiInputs in = new KpiInputsResolver(spec).resolve(shift, tags(shift), batches());
        List<KpiResult> r = new KpiCalculator(spec).calculate(in);

        assertThat(in.get(KpiElement.PLANNED_BUSY_TIME).value()).isEqualTo(420 * 60);
        assertThat(in.get(KpiElement.ACTUAL_PRODUCTION_TIME).value()).isEqualTo(373 * 60);
        assertThat(in.get(KpiElement.GOOD_QUANTITY).value()).isEqualTo(18_848);
        assertThat(in.get(KpiElement.PRODUCED_QUANTITY).value()).isEqualTo(19_271);
        assertThat(in.get(KpiElement.GOOD_QUANTITY).coverage()).isEqualTo(1.0);
        KpiResult oee = r.stream().filter(k -> k.kpi() == Kpi.OEE).findFirst().orElseThrow();
        assertThat(oee.value()).isCloseTo(0.7479, within(5e-5));
        assertThat(oee.incomplete()).isFalse();
        assertThat(oee.status()).isEqualTo(TrafficLight.WARNING);
        assertThat(r.stream().filter(k -> k.kpi() == Kpi.MTTR).findFirst().orElseThrow().value()).isEqualTo(47 * 60 / 2.0);
    }

    /** One slice over {@code [from, to)} with the value in force before it (as the job finishes each shift part). */
    static TagStatistics window(long from, long to, TagProfile profile, long[] ts, double[] vs) {
        SliceAccumulator acc = new SliceAccumulator(from, to, profile);
        int before = 0;
        while (before < ts.length && ts[before] < from) {
            before++;
        }
        if (before > 0) {
            acc.bound(ts[before - 1], vs[before - 1], Quality.GOOD);
        }
        feed(acc, from, to, ts, vs);
        return TagAggregator.finish(acc.partial(), from, to, profile);
    }

    /**
     * The Vorne shift with the machine running through its three breaks (a relief operator), a counter counting
     * one unit per running second: its statistics over the whole shift and over each of the shift's parts.
     */
    static KpiWindow runningThroughTheBreaks(ShiftInstance shift) {
        long[] st = {at(5, 0), at(9, 0), at(9, 20), at(11, 0), at(11, 27)};
        double[] sv = {1, 4, 1, 4, 1};
        long[] ct = new long[8 * 3600 + 2];
        double[] cv = new double[ct.length];
        double units = 0;
        for (int k = 0; k < ct.length; k++) {
            ct[k] = shift.startMillis() + (k - 1) * 1000L;
            boolean down = (ct[k] > at(9, 0) && ct[k] <= at(9, 20)) || (ct[k] > at(11, 0) && ct[k] <= at(11, 27));
            units += k > 0 && !down ? 1 : 0;
            cv[k] = units;
        }
        Map<String, TagStatistics> whole = new HashMap<>();
        Map<String, List<TagStatistics>> byPart = new HashMap<>();
        whole.put("L1.MachineState", window(shift.startMillis(), shift.endMillis(), STATE, st, sv));
        whole.put("L1.GoodCount", window(shift.startMillis(), shift.endMillis(), COUNTER, ct, cv));
        for (var part : shift.parts()) {
            byPart.computeIfAbsent("L1.MachineState", k -> new ArrayList<>())
                    .add(window(part.startMillis(), part.endMillis(), STATE, st, sv));
            byPart.computeIfAbsent("L1.GoodCount", k -> new ArrayList<>())
                    .add(window(part.startMillis(), part.endMillis(), COUNTER, ct, cv));
        }
        return new KpiWindow(shift.start(), shift.end(), shift.parts(), whole, byPart);
    }

    static KpiMapping runningSpec(boolean plannedStopsIncluded) {
        return new KpiMapping(Map.of(
                KpiElement.ACTUAL_PRODUCTION_TIME, ElementSource.tagState("L1.MachineState", Aggregate.TIME_IN_STATE, 1),
                KpiElement.PRODUCED_QUANTITY, ElementSource.tag("L1.GoodCount", Aggregate.COUNTER_TOTAL),   // all good
                KpiElement.GOOD_QUANTITY, ElementSource.tag("L1.GoodCount", Aggregate.COUNTER_TOTAL),
                KpiElement.PLANNED_RUN_TIME_PER_UNIT, ElementSource.constant(1.0, "s")),
                KpiOptions.DEFAULTS.withPlannedStopsIncluded(plannedStopsIncluded), Map.of());
    }

    /** Breaks are planned stops: A, P and Q count planned busy time only; the breaks' units are reported apart. */
    @Test
    void productionInTheBreaksIsLeftOutOfTheKpisAndReportedApart() {
        KpiMapping excluded = runningSpec(false);

        KpiInputs in = new KpiInputsResolver(excluded).resolve(runningThroughTheBreaks(earlyShift()), ProductionRecords.NONE);

        // PBT 420 min; APT 373 min (47 min down); one unit per running second of busy time
        assertThat(List.of(KpiElement.PLANNED_BUSY_TIME, KpiElement.ACTUAL_PRODUCTION_TIME, KpiElement.PRODUCED_QUANTITY))
                .extracting(e -> in.get(e).value()).containsExactly(25_200.0, 22_380.0, 22_380.0);
        assertThat(new KpiCalculator(excluded).calculate(in)).filteredOn(k -> k.kpi() == Kpi.AVAILABILITY)
                .singleElement().satisfies(a -> assertThat(a.value()).isCloseTo(373 / 420.0, within(1e-12)));
        assertThat(in.plannedStops()).isEqualTo(new PlannedStopActivity(java.time.Duration.ofMinutes(60), 3600, 3600, 3600));
        assertThat(in.plannedStops().production()).isTrue();
    }

    /** With {@code plannedStops: included} the breaks are planned busy time: no line of their own. */
    @Test
    void breaksCountedAsBusyTimeHaveNoLineOfTheirOwn() {
        ShiftInstance shift = earlyShift();

        KpiInputs in = new KpiInputsResolver(runningSpec(true)).resolve(runningThroughTheBreaks(shift),
                ProductionRecords.NONE);

        assertThat(in.get(KpiElement.PLANNED_BUSY_TIME).value()).isEqualTo(480 * 60);
        assertThat(in.get(KpiElement.ACTUAL_PRODUCTION_TIME).value()).isEqualTo(433 * 60);
        assertThat(in.get(KpiElement.PRODUCED_QUANTITY).value()).isEqualTo(433 * 60);
        assertThat(in.plannedStops()).isNull();
    }

    /** Running time over the whole shift divided by planned busy time: the defect that printed 103.1 % green. */
    @Test
    void wholeShiftRunningTimeOverPlannedBusyTimeIsFlaggedAsADataProblem() {
        ShiftInstance shift = earlyShift();
        KpiWindow window = runningThroughTheBreaks(shift);
        KpiMapping spec = runningSpec(false);

        List<KpiResult> r = new KpiCalculator(spec).calculate(new KpiInputsResolver(spec).resolve(shift, window.whole(),
                ProductionRecords.NONE));

        KpiResult a = r.stream().filter(k -> k.kpi() == Kpi.AVAILABILITY).findFirst().orElseThrow();
        assertThat(a.value()).isCloseTo(433 / 420.0, within(1e-12));
        assertThat(a.status()).isEqualTo(TrafficLight.DATA_PROBLEM);
    }

    @Test
    void downtimeParetoListsTheLongestReasonFirst() {
        ShiftInstance shift = earlyShift();

        KpiInputs in = new KpiInputsResolver(spec(KpiOptions.BatchAllocation.TIME_SHARE)).resolve(shift, tags(shift), batches());

        assertThat(in.downtimeByReason()).extracting(DowntimeReasonShare::label)
                .containsExactly("Material shortage", "Mechanical fault");
        assertThat(in.downtimeByReason().get(0).millis()).isEqualTo(27 * 60_000);
        assertThat(in.downtimeByReason().get(0).share()).isCloseTo(27 / 47.0, within(1e-12));
        assertThat(in.downtimeByReason().get(1).cumulativeShare()).isEqualTo(1.0);
    }

    @Test
    void batchSpanningTwoShiftsIsSharedByTimeOrByRule() {
        ShiftInstance shift = earlyShift();
        Map<String, TagStatistics> tags = tags(shift);

        double timeShare = new KpiInputsResolver(spec(KpiOptions.BatchAllocation.TIME_SHARE)).resolve(shift, tags, batches()).get(KpiElement.REWORK_QUANTITY).value();
        double byStart = new KpiInputsResolver(spec(KpiOptions.BatchAllocation.START)).resolve(shift, tags, batches()).get(KpiElement.REWORK_QUANTITY).value();
        double byEnd = new KpiInputsResolver(spec(KpiOptions.BatchAllocation.END)).resolve(shift, tags, batches()).get(KpiElement.REWORK_QUANTITY).value();

        // B1: 4 of its 5 h in the shift → 8; B2: 4 of its 6 h → 40
        assertThat(timeShare).isCloseTo(48, within(1e-9));
        assertThat(byStart).isEqualTo(60);   // B2 starts in the shift, B1 before it
        assertThat(byEnd).isEqualTo(10);     // B1 ends in the shift, B2 after it
    }

    @Test
    void missingCounterDataMakesOeeIncomplete() {
        ShiftInstance shift = earlyShift();
        Map<String, TagStatistics> tags = tags(shift);
        tags.remove("L1.ScrapCount");
        KpiMapping spec = spec(KpiOptions.BatchAllocation.TIME_SHARE);

        List<KpiResult> r = new KpiCalculator(spec).calculate(new KpiInputsResolver(spec).resolve(shift, tags, batches()));

        KpiResult scrap = r.stream().filter(k -> k.kpi() == Kpi.SCRAP_RATIO).findFirst().orElseThrow();
        assertThat(scrap.incomplete()).isTrue();
        assertThat(scrap.status()).isEqualTo(TrafficLight.INCOMPLETE);
        assertThat(scrap.note()).contains("L1.ScrapCount counterTotal: no data");
    }
}
