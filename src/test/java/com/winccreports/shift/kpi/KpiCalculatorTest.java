package com.winccreports.shift.kpi;

import static com.winccreports.shift.kpi.KpiElement.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class KpiCalculatorTest {

    private static KpiResult kpi(List<KpiResult> results, Kpi kpi) {
        return results.stream().filter(r -> r.kpi() == kpi).findFirst().orElseThrow();
    }

    /**
     * Vorne Industries, "Calculating OEE" worksheet / OEE example (© 2002–2005, www.oee.com):
     * 8-h shift, 2 × 15 min short breaks and a 30 min meal, 47 min down time, ideal run rate
     * 60 pieces/min, 19,271 pieces of which 423 rejected. Published: availability 0.8881,
     * performance 0.8611, quality 0.9780, OEE 0.7479.
     */
    @Test
    void vorneWorkedExample() {
        KpiInputs in = KpiInputs.of(Map.of(PLANNED_BUSY_TIME, 420 * 60.0, ACTUAL_PRODUCTION_TIME, 373 * 60.0,
                PLANNED_RUN_TIME_PER_UNIT, 1.0, PRODUCED_QUANTITY, 19_271.0, GOOD_QUANTITY, 18_848.0, SCRAP_QUANTITY, 423.0));

        List<KpiResult> r = new KpiCalculator(KpiMapping.NONE).calculate(in);

        assertThat(kpi(r, Kpi.AVAILABILITY).value()).isCloseTo(0.8881, within(5e-5));
        assertThat(kpi(r, Kpi.EFFECTIVENESS).value()).isCloseTo(0.8611, within(5e-5));
        assertThat(kpi(r, Kpi.QUALITY_RATIO).value()).isCloseTo(0.9780, within(5e-5));
        assertThat(kpi(r, Kpi.OEE).value()).isCloseTo(0.7479, within(5e-5));
        assertThat(kpi(r, Kpi.SCRAP_RATIO).value()).isCloseTo(423 / 19_271.0, within(1e-12));
        assertThat(kpi(r, Kpi.OEE).incomplete()).isFalse();
        assertThat(kpi(r, Kpi.AVAILABILITY).calculation()).isEqualTo("22380 s / 25200 s = 0.8881");
        assertThat(kpi(r, Kpi.OEE).inputs()).extracting(ElementValue::element)
                .containsExactlyInAnyOrder(ACTUAL_PRODUCTION_TIME, PLANNED_BUSY_TIME, PLANNED_RUN_TIME_PER_UNIT,
                        PRODUCED_QUANTITY, GOOD_QUANTITY);
    }

    /**
     * ISO 22400-2 technical efficiency TE = APT / (APT + ADET) and the NEE index = UE × E × QR with
     * UE = APT / AUBT; hand-checked: APT 6 h, ADET 1 h, AUST 1 h → TE = 6/7, UE = 6/8.
     */
    @Test
    void technicalEfficiencyAndNee() {
        KpiInputs in = KpiInputs.of(Map.of(ACTUAL_PRODUCTION_TIME, 6 * 3600.0, ACTUAL_UNIT_DELAY_TIME, 3600.0,
                ACTUAL_UNIT_BUSY_TIME, 8 * 3600.0, PLANNED_RUN_TIME_PER_UNIT, 2.0, PRODUCED_QUANTITY, 9000.0,
                GOOD_QUANTITY, 8100.0));

        List<KpiResult> r = new KpiCalculator(KpiMapping.NONE).calculate(in);

        assertThat(kpi(r, Kpi.TECHNICAL_EFFICIENCY).value()).isCloseTo(6 / 7.0, within(1e-12));
        assertThat(kpi(r, Kpi.UTILIZATION_EFFICIENCY).value()).isCloseTo(0.75, within(1e-12));
        // E = 2 × 9000 / 21600 = 0.8333; QR = 0.9; NEE = 0.75 × 0.8333 × 0.9 = 0.5625
        assertThat(kpi(r, Kpi.NEE).value()).isCloseTo(0.5625, within(1e-12));
        assertThat(kpi(r, Kpi.TECHNICAL_EFFICIENCY).calculation()).isEqualTo("21600 s / (21600 s + 3600 s) = 0.8571");
    }

    @Test
    void performanceAboveHundredPercentIsFlaggedOrCapped() {
        Map<KpiElement, Double> numbers = Map.of(ACTUAL_PRODUCTION_TIME, 3600.0, PLANNED_RUN_TIME_PER_UNIT, 1.0,
                PRODUCED_QUANTITY, 4000.0);
        KpiOptions capped = KpiOptions.DEFAULTS.withPerformanceCapped(true);

        KpiResult open = kpi(new KpiCalculator(KpiMapping.NONE).calculate(KpiInputs.of(numbers)), Kpi.EFFECTIVENESS);
        KpiResult cap = kpi(new KpiCalculator(new KpiMapping(Map.of(), capped, Map.of())).calculate(KpiInputs.of(numbers)), Kpi.EFFECTIVENESS);

        assertThat(open.value()).isCloseTo(4000 / 3600.0, within(1e-12));
        assertThat(open.note()).contains("above 100 %");
        assertThat(open.status()).isEqualTo(TrafficLight.DATA_PROBLEM);
        assertThat(cap.status()).isNotEqualTo(TrafficLight.DATA_PROBLEM);
        assertThat(cap.value()).isEqualTo(1.0);
        assertThat(cap.note()).contains("capped");
    }

    /** A KPI outside its physical range is a data problem, never "on target", whatever its target says. */
    @Test
    void aKpiOutsideItsPhysicalRangeIsADataProblemNotOnTarget() {
        // running time measured over the whole shift but divided by planned busy time: 25,980 s / 25,200 s
        KpiInputs in = KpiInputs.of(Map.of(PLANNED_BUSY_TIME, 25_200.0, ACTUAL_PRODUCTION_TIME, 25_980.0));
        KpiMapping spec = new KpiMapping(Map.of(), KpiOptions.DEFAULTS, Map.of(Kpi.AVAILABILITY, KpiTarget.of(0.90, 0.85, 0.75)));

        KpiResult a = kpi(new KpiCalculator(spec).calculate(in), Kpi.AVAILABILITY);

        assertThat(a.value()).isCloseTo(25_980 / 25_200.0, within(1e-12));
        assertThat(a.status()).isEqualTo(TrafficLight.DATA_PROBLEM);
        assertThat(a.note()).contains("outside its physical range (0–100 %)");
        assertThat(Kpi.AVAILABILITY.withinRange(1.0)).isTrue();
        assertThat(Kpi.MTTR.withinRange(-1)).isFalse();
    }

    @Test
    void technicalEfficiencyWithoutIdleTimeIsHundredPercent() {
        KpiInputs in = KpiInputs.of(Map.of(ACTUAL_PRODUCTION_TIME, 25_980.0, ACTUAL_UNIT_DELAY_TIME, 0.0));

        KpiResult te = kpi(new KpiCalculator(KpiMapping.NONE).calculate(in), Kpi.TECHNICAL_EFFICIENCY);

        assertThat(te.value()).isEqualTo(1.0);
        assertThat(te.calculation()).isEqualTo("25980 s / (25980 s + 0 s) = 1");
        assertThat(te.note()).isNull();
        KpiResult none = kpi(new KpiCalculator(KpiMapping.NONE).calculate(
                KpiInputs.of(Map.of(ACTUAL_PRODUCTION_TIME, 0.0, ACTUAL_UNIT_DELAY_TIME, 0.0))), Kpi.TECHNICAL_EFFICIENCY);
        assertThat(none.value()).isNaN();
        assertThat(none.note()).isEqualTo("APT + ADET is zero");
    }

    @Test
    void lowCoverageMakesTheKpiIncompleteInsteadOfConfident() {
        Map<KpiElement, ElementValue> values = new java.util.EnumMap<>(KpiElement.class);
        values.put(GOOD_QUANTITY, new ElementValue(GOOD_QUANTITY, 900, 0.80, "L1.GoodCount counterTotal"));
        values.put(PRODUCED_QUANTITY, new ElementValue(PRODUCED_QUANTITY, 1000, 1.0, "L1.Produced"));
        values.put(SCRAP_QUANTITY, ElementValue.missing(SCRAP_QUANTITY, "L1.ScrapCount: no data"));
        KpiMapping spec = new KpiMapping(Map.of(), KpiOptions.DEFAULTS, Map.of(Kpi.QUALITY_RATIO, target(null, 0.95, 0.9)));

        List<KpiResult> r = new KpiCalculator(spec).calculate(new KpiInputs(values, List.of()));

        KpiResult qr = kpi(r, Kpi.QUALITY_RATIO);
        assertThat(qr.value()).isCloseTo(0.9, within(1e-12));
        assertThat(qr.incomplete()).isTrue();
        assertThat(qr.coverage()).isEqualTo(0.80);
        assertThat(qr.status()).isEqualTo(TrafficLight.INCOMPLETE);
        assertThat(qr.note()).contains("80.0 %");
        KpiResult sr = kpi(r, Kpi.SCRAP_RATIO);
        assertThat(sr.value()).isNaN();
        assertThat(sr.note()).contains("missing: [SQ (L1.ScrapCount: no data)]");
    }

    @Test
    void statusBandsFollowTheDirectionOfTheThresholdsAndBelowTargetIsNeverOnTarget() {
        KpiTarget oee = target(0.70, 0.65, 0.55);
        KpiTarget scrap = target(0.01, 0.02, 0.05);

        assertThat(oee.status(0.70)).isEqualTo(TrafficLight.ON_TARGET);
        assertThat(oee.status(0.6622)).isEqualTo(TrafficLight.ACCEPTABLE);
        assertThat(oee.status(0.60)).isEqualTo(TrafficLight.WARNING);
        assertThat(oee.status(0.50)).isEqualTo(TrafficLight.OFF_TARGET);
        assertThat(scrap.status(0.01)).isEqualTo(TrafficLight.ON_TARGET);
        assertThat(scrap.status(0.015)).isEqualTo(TrafficLight.ACCEPTABLE);
        assertThat(scrap.status(0.03)).isEqualTo(TrafficLight.WARNING);
        assertThat(scrap.status(0.08)).isEqualTo(TrafficLight.OFF_TARGET);
        assertThat(target(0.9, null, null).status(0.8881)).isEqualTo(TrafficLight.OFF_TARGET);
        assertThat(target(null, 0.65, 0.55).status(0.66)).isEqualTo(TrafficLight.ON_TARGET);
        assertThat(target(null, null, null).status(0.5)).isEqualTo(TrafficLight.NONE);
    }

    @Test
    void mtbfAndMttrPerFailure() {
        KpiInputs in = KpiInputs.of(Map.of(ACTUAL_PRODUCTION_TIME, 7 * 3600.0, FAILURE_COUNT, 2.0, FAILURE_TIME, 1200.0));

        List<KpiResult> r = new KpiCalculator(KpiMapping.NONE).calculate(in);

        assertThat(kpi(r, Kpi.MTBF).value()).isEqualTo(3.5 * 3600);
        assertThat(kpi(r, Kpi.MTTR).value()).isEqualTo(600);
        KpiInputs none = KpiInputs.of(Map.of(ACTUAL_PRODUCTION_TIME, 3600.0, FAILURE_COUNT, 0.0, FAILURE_TIME, 0.0));
        KpiResult mtbf = kpi(new KpiCalculator(KpiMapping.NONE).calculate(none), Kpi.MTBF);
        assertThat(mtbf.value()).isNaN();
        assertThat(mtbf.note()).isEqualTo("no failure in the shift");
    }

    /** A target with the bands given; null: not given. */
    private static KpiTarget target(Double target, Double green, Double yellow) {
        OptionalDouble[] given = Stream.of(target, green, yellow)
                .map(v -> v == null ? OptionalDouble.empty() : OptionalDouble.of(v)).toArray(OptionalDouble[]::new);
        return new KpiTarget(given[0], given[1], given[2]);
    }
}
