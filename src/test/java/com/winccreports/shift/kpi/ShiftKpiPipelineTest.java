package com.winccreports.shift.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.winccreports.shift.aggregate.Quality;
import com.winccreports.shift.aggregate.SliceAccumulator;
import com.winccreports.shift.aggregate.TagAggregator;
import com.winccreports.shift.aggregate.TagPartial;
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

    static final TagProfile STATE = new TagProfile("PVArchive", null, null, "state", null, null, null, null,
            Duration.ofHours(9), null, null, Map.of(1, "Running", 2, "Idle", 4, "Down"));
    static final TagProfile REASON = new TagProfile("PVArchive", null, null, "state", null, null, null, null,
            Duration.ofHours(9), null, null, Map.of(0, "none", 1, "Material shortage", 2, "Mechanical fault"));
    static final TagProfile COUNTER = new TagProfile("PVArchive", "units", null, "counter", null, null,
            Duration.ofMinutes(1), 3.0, null, 65536.0, null, null);

    static long at(int hour, int minute) {
        return LocalDateTime.of(DAY, LocalTime.of(hour, minute)).atZone(BERLIN).toInstant().toEpochMilli();
    }

    static ShiftInstance earlyShift() {
        ShiftCalendarSpec spec = new ShiftCalendarSpec(Duration.ofHours(6), List.of(
                new ShiftDefinitionSpec("Early", "Frühschicht", LocalTime.of(6, 0), LocalTime.of(14, 0), List.of(
                        new BreakSpec(LocalTime.of(8, 0), LocalTime.of(8, 15), "Pause"),
                        new BreakSpec(LocalTime.of(10, 0), LocalTime.of(10, 30), "Mittag"),
                        new BreakSpec(LocalTime.of(12, 0), LocalTime.of(12, 15), "Pause"))),
                new ShiftDefinitionSpec("Late", null, LocalTime.of(14, 0), LocalTime.of(22, 0), null),
                new ShiftDefinitionSpec("Night", null, LocalTime.of(22, 0), LocalTime.of(6, 0), null)), null, null, null);
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
            int i = 0;
            while (i < ts.length && ts[i] < from) {
                i++;
            }
            int j = i;
            while (j < ts.length && ts[j] < to) {
                j++;
            }
            int n = j - i;
            int[] q = new int[n];
            Arrays.fill(q, Quality.GOOD);
            acc.accept(Arrays.copyOfRange(ts, i, j), Arrays.copyOfRange(vs, i, j), q, n);
            if (j > 0) {
                boundTs = ts[j - 1];
                boundVal = vs[j - 1];
            }
            partials.add(acc.partial());
        }
        TagPartial merged = TagAggregator.mergeAll(partials, profile);
        return TagAggregator.finish(merged, shift.startMillis(), shift.endMillis(), profile);
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

    static KpiMappingSpec spec(String allocation) {
        return new KpiMappingSpec(Map.of(
                "actualProductionTime", ElementSource.tagState("L1.MachineState", "timeInState", 1),
                "failureCount", ElementSource.tagState("L1.MachineState", "stateEntries", 4),
                "failureTime", ElementSource.tagState("L1.MachineState", "timeInState", 4),
                "goodQuantity", ElementSource.tag("L1.GoodCount", "counterTotal"),
                "scrapQuantity", ElementSource.tag("L1.ScrapCount", "counterTotal"),
                "reworkQuantity", ElementSource.userArchive("BatchRecords", "ReworkQty"),
                "plannedRunTimePerUnit", ElementSource.userArchive("Recipes", "IdealCycleTimeS")),
                new KpiOptions(null, null, allocation, null, null, null, "L1.DowntimeReason", null),
                Map.of("oee", new KpiTarget(0.85, 0.85, 0.65)));   // world class 85 %
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
        KpiMappingSpec spec = spec(null);

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
        assertThat(oee.status()).isEqualTo(TrafficLight.YELLOW);
        assertThat(r.stream().filter(k -> k.kpi() == Kpi.MTTR).findFirst().orElseThrow().value()).isEqualTo(47 * 60 / 2.0);
    }

    @Test
    void downtimeParetoListsTheLongestReasonFirst() {
        ShiftInstance shift = earlyShift();

        KpiInputs in = new KpiInputsResolver(spec(null)).resolve(shift, tags(shift), batches());

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

        double timeShare = new KpiInputsResolver(spec(null)).resolve(shift, tags, batches()).get(KpiElement.REWORK_QUANTITY).value();
        double byStart = new KpiInputsResolver(spec("start")).resolve(shift, tags, batches()).get(KpiElement.REWORK_QUANTITY).value();
        double byEnd = new KpiInputsResolver(spec("end")).resolve(shift, tags, batches()).get(KpiElement.REWORK_QUANTITY).value();

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
        KpiMappingSpec spec = spec(null);

        List<KpiResult> r = new KpiCalculator(spec).calculate(new KpiInputsResolver(spec).resolve(shift, tags, batches()));

        KpiResult scrap = r.stream().filter(k -> k.kpi() == Kpi.SCRAP_RATIO).findFirst().orElseThrow();
        assertThat(scrap.incomplete()).isTrue();
        assertThat(scrap.status()).isEqualTo(TrafficLight.INCOMPLETE);
        assertThat(scrap.note()).contains("L1.ScrapCount counterTotal: no data");
    }
}
