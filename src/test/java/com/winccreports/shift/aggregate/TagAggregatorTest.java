package com.winccreports.shift.aggregate;

import static com.winccreports.shift.aggregate.Series.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Worked examples, each checked by hand (the arithmetic is in the comments). */
class TagAggregatorTest {

    private static final TagProfile STEPPED = TagProfile.of(TagKind.ANALOG, Interpolation.STEPPED, Duration.ofHours(1));
    private static final TagProfile LINEAR = TagProfile.of(TagKind.ANALOG, Interpolation.LINEAR, Duration.ofHours(1));
    private static final int BAD = Quality.BAD;

    /**
     * OPC UA Part 13 (OPC 10000-13), Annex A.4.2, data set "Historian2", TimeAverage with sloped
     * interpolation, interval 12:00:45–12:00:50: result 40. The interpolated start value 36.667
     * and the end value 45 are derived from the raw values 40 @ 12:00:48 and 50 @ 12:00:52 (the
     * OPC Foundation moderator's worked explanation: area 200 / 5 s = 40, forum thread "OPC UA
     * Aggregates Time Average", opcfoundation.org). Seconds after 12:00:00 are used here; the
     * earlier raw value (20 @ 12:00:30) reproduces the published start value 36.667.
     */
    @Test
    void opcUaPart13TimeAverageWithSlopedInterpolation() {
        Series s = Series.of().good(48, 40);
        TagPartial p = s.slice(45, 50, LINEAR, sample(30, 20, Quality.GOOD));

        TagStatistics st = TagAggregator.finish(p, 45_000, 50_000, LINEAR, sample(52, 50, Quality.GOOD));

        // head 45→48: 36.667→40, area 3 × 38.333 = 115; tail 48→50: 40→45, area 2 × 42.5 = 85; 200 / 5 = 40
        assertThat(st.timeAverage()).isCloseTo(40.0, within(1e-9));
        assertThat(st.integral()).isCloseTo(200.0, within(1e-9));
        // the curve's extremes are its interpolated bounding values, stamped at the window's start and end
        assertThat(st.minimum().t()).isEqualTo(45_000);
        assertThat(st.minimum().v()).isCloseTo(20 + 20 * 15 / 18.0, within(1e-9));
        assertThat(st.maximum()).isEqualTo(sample(50, 45, Quality.GOOD));
    }

    @Test
    void threeTimeAverageVariantsTreatBadQualityDifferently() {
        // 0–10 s: 10 good, 10–20 s: 1000 bad (a sensor fault), 20–30 s: 20 good
        Series s = Series.of().good(0, 10).at(10, 1000, BAD).good(20, 20);

        TagStatistics st = s.window(0, 30, STEPPED, null);

        assertThat(st.timeAverage()).isCloseTo((10 * 10 + 20 * 10) / 20.0, within(1e-9));       // 15: bad time left out
        assertThat(st.timeAverageBridging()).isCloseTo((10 * 20 + 20 * 10) / 30.0, within(1e-9)); // 13.33: 10 bridged over the fault
        assertThat(st.timeAverageRaw()).isCloseTo((100 + 10_000 + 200) / 30.0, within(1e-9));     // 343.33: what a naive script prints
        assertThat(st.badMillis()).isEqualTo(10_000);
        assertThat(st.stretches()).containsExactly(new Stretch(Stretch.Kind.BAD, 10_000, 20_000));
        assertThat(st.percentGood()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(st.simpleAverage()).isCloseTo(15, within(1e-9));
        assertThat(st.count()).isEqualTo(3);
        assertThat(st.goodCount()).isEqualTo(2);
    }

    @Test
    void counterTotalSurvivesARollover() {
        TagProfile counter = TagProfile.of(TagKind.COUNTER, Interpolation.STEPPED, Duration.ofSeconds(3)).withRollover(65536.0);
        // bound 65520 at the start; 65530, 65535, then wraps: 3, 10
        Series s = Series.of().good(0, 65530).good(1, 65535).good(2, 3).good(3, 10);

        TagStatistics st = s.window(0, 4, counter, sample(-0.5, 65520, Quality.GOOD));

        // 10 + 5 + (65536 − 65535 + 3) + 7 = 26
        assertThat(st.counterTotal()).isEqualTo(26);
        assertThat(st.rollovers()).isEqualTo(1);
        assertThat(st.resets()).isZero();
        assertThat(st.counterComplete()).isTrue();
    }

    @Test
    void counterResetCountsFromZero() {
        TagProfile counter = TagProfile.of(TagKind.COUNTER, Interpolation.STEPPED, Duration.ofSeconds(3)).withRollover(65536.0);
        // 100 → 120, then the PLC is reset: 5 → 15 (a drop of 115 is no rollover of a 65536 counter)
        Series s = Series.of().good(1, 100).good(2, 120).good(3, 5).good(4, 15);

        TagStatistics st = s.window(0, 5, counter, null);

        // 20 + 5 (counted up from 0 after the reset) + 10 = 35
        assertThat(st.counterTotal()).isEqualTo(35);
        assertThat(st.resets()).isEqualTo(1);
        assertThat(st.rollovers()).isZero();
        assertThat(st.counterComplete()).as("no reading at the window start").isFalse();
    }

    @Test
    void counterRolloversAndResetsAreListedWithTheirTimes() {
        TagProfile counter = TagProfile.of(TagKind.COUNTER, Interpolation.STEPPED, Duration.ofSeconds(3)).withRollover(65536.0);
        // 65530 → rolls over to 3 at 2 s; 20 → reset to 5 at 4 s
        Series s = Series.of().good(1, 65530).good(2, 3).good(3, 20).good(4, 5);

        TagStatistics st = s.window(0, 5, counter, sample(-0.5, 65530, Quality.GOOD));

        assertThat(st.counterEvents()).containsExactly(
                new CounterEvent(2_000, 65530, 3, CounterEvent.Kind.ROLLOVER),
                new CounterEvent(4_000, 20, 5, CounterEvent.Kind.RESET));
        // 0 + (65536 − 65530 + 3) + 17 + 5 = 31
        assertThat(st.counterTotal()).isEqualTo(31);
    }

    @Test
    void onlyCountersHaveRolloversResetsAndACounterTotal() {
        // a falling temperature is no counter reset (the annex once counted 42,649 of them for L1.Temperature)
        Series s = Series.of().good(1, 80).good(2, 75).good(3, 70).good(4, 72);

        TagStatistics st = s.window(0, 5, LINEAR, null);

        assertThat(st.resets()).isZero();
        assertThat(st.rollovers()).isZero();
        assertThat(st.counterEvents()).isEmpty();
        assertThat(st.counterTotal()).isNaN();
    }

    /**
     * OPC UA Part 13 Minimum2 / Maximum2: the bounding values count, so min and max describe the curve the time
     * average is taken over. The night-shift setpoint case of the demo: 75.0 in force from before the shift until a
     * change to 72.5 at 1 h of an 8-h window.
     */
    @Test
    void theValueInForceAtTheWindowStartCountsForMinimumAndMaximumToo() {
        TagProfile setpoint = TagProfile.of(TagKind.SETPOINT, Interpolation.STEPPED, Duration.ofHours(24));

        TagStatistics st = Series.of().good(3600, 72.5).window(0, 8 * 3600, setpoint, sample(-600, 75.0, Quality.GOOD));

        // average (75 × 1 h + 72.5 × 7 h) / 8 h = 72.8125 lies within [72.5, 75.0]
        assertThat(st.timeAverage()).isCloseTo(72.8125, within(1e-12));
        assertThat(st.maximum()).isEqualTo(sample(0, 75.0, Quality.GOOD));
        assertThat(st.minimum()).isEqualTo(sample(3600, 72.5, Quality.GOOD));
    }

    @Test
    void aStaleOrBadBoundingValueCountsForNeitherAverageNorExtremes() {
        TagProfile setpoint = TagProfile.of(TagKind.SETPOINT, Interpolation.STEPPED, Duration.ofHours(1));

        TagStatistics stale = Series.of().good(3600, 72.5).window(0, 8 * 3600, setpoint, sample(-7200, 75.0, Quality.GOOD));
        TagStatistics bad = Series.of().good(3600, 72.5).window(0, 8 * 3600, setpoint, sample(-60, 75.0, BAD));

        assertThat(stale.maximum().v()).isEqualTo(72.5);
        assertThat(bad.maximum().v()).isEqualTo(72.5);
        assertThat(stale.timeAverage()).isEqualTo(72.5);
    }

    @Test
    void gapInTheMiddleOfAShiftIsLeftOutAndListed() {
        // 1-s tag, k = 3: values every second 0..999 s and 2000..3599 s, nothing in between
        TagProfile p = TagProfile.of(TagKind.ANALOG, Interpolation.STEPPED, Duration.ofSeconds(3));
        Series s = Series.of();
        for (int t = 0; t < 3600; t++) {
            if (t < 1000 || t >= 2000) {
                s.good(t, t < 1000 ? 10 : 20);
            }
        }

        TagStatistics st = s.window(0, 3600, p, null);

        // the value of 999 s is valid until 1002 s; gap 1002..2000 s = 998 s
        assertThat(st.stretches()).containsExactly(new Stretch(Stretch.Kind.GAP, 1_002_000, 2_000_000));
        assertThat(st.gapMillis()).isEqualTo(998_000);
        // time average over known time only: (1002 × 10 + 1600 × 20) / 2602
        assertThat(st.timeAverage()).isCloseTo((1002 * 10 + 1600 * 20) / 2602.0, within(1e-9));
        assertThat(st.coverage()).isCloseTo(2602 / 3600.0, within(1e-12));
    }

    @Test
    void badQualityAtASliceBoundaryIsOneStretchAfterMerging() {
        // slices [0, 10) and [10, 20): bad value at 8 s, next good value at 12 s in the next slice
        Series s = Series.of().good(0, 5).at(8, 999, BAD).good(12, 7);
        TagPartial a = s.slice(0, 10, STEPPED, null);
        TagPartial b = s.slice(10, 20, STEPPED, sample(8, 999, BAD));

        TagStatistics st = TagAggregator.finish(TagAggregator.merge(a, b, STEPPED), 0, 20_000, STEPPED);

        assertThat(st.stretches()).containsExactly(new Stretch(Stretch.Kind.BAD, 8_000, 12_000));
        assertThat(st.timeAverage()).isCloseTo((5 * 8 + 7 * 8) / 16.0, within(1e-9));
        assertThat(st).isEqualTo(s.window(0, 20, STEPPED, null));
    }

    @Test
    void emptyShiftWithoutBoundingValueIsAllGap() {
        TagStatistics st = Series.of().window(0, 28_800, STEPPED, null);

        assertThat(st.count()).isZero();
        assertThat(st.timeAverage()).isNaN();
        assertThat(st.coverage()).isZero();
        assertThat(st.gapMillis()).isEqualTo(28_800_000);
        assertThat(st.stretches()).containsExactly(new Stretch(Stretch.Kind.GAP, 0, 28_800_000));
        assertThat(st.minimum()).isNull();
    }

    @Test
    void onChangeTagSilentPastItsMaximumSilenceTurnsIntoAGap() {
        // setpoint logged on change, valid for at most 1 h; last change 30 min before an 8-h shift
        TagProfile setpoint = TagProfile.of(TagKind.SETPOINT, Interpolation.STEPPED, Duration.ofHours(1));

        TagStatistics st = Series.of().window(0, 8 * 3600, setpoint, sample(-1800, 180, Quality.GOOD));

        assertThat(st.goodMillis()).isEqualTo(1_800_000);
        assertThat(st.timeAverage()).isEqualTo(180);
        assertThat(st.stretches()).containsExactly(new Stretch(Stretch.Kind.GAP, 1_800_000, 8 * 3_600_000L));
        assertThat(st.valueAtStart().v()).isEqualTo(180);
    }

    @Test
    void onChangeTagWithinItsSilenceHoldsItsValue() {
        TagProfile setpoint = TagProfile.of(TagKind.SETPOINT, Interpolation.STEPPED, Duration.ofHours(24));

        TagStatistics st = Series.of().good(3600, 185).window(0, 8 * 3600, setpoint, sample(-1800, 180, Quality.GOOD));

        assertThat(st.timeAverage()).isCloseTo((180 * 1 + 185 * 7) / 8.0, within(1e-9));
        assertThat(st.coverage()).isEqualTo(1.0);
    }

    @Test
    void timeInStateEntriesAndFirstLast() {
        TagProfile state = TagProfile.of(TagKind.STATE, Interpolation.STEPPED, Duration.ofHours(8))
                .withStates(Map.of(1, "Running", 4, "Down"));
        // bound Running; Down at 600 s, Running at 900 s, Down at 2000 s, Running at 2100 s; window 3600 s
        Series s = Series.of().good(600, 4).good(900, 1).good(2000, 4).good(2100, 1);

        TagStatistics st = s.window(0, 3600, state, sample(-100, 1, Quality.GOOD));

        assertThat(st.states()).containsExactly(new StateTime(1, "Running", (600 + 1100 + 1500) * 1000L, 2),
                new StateTime(4, "Down", (300 + 100) * 1000L, 2));
        assertThat(st.first().v()).isEqualTo(4);
        assertThat(st.last().t()).isEqualTo(2_100_000);
        assertThat(Aggregate.TIME_IN_STATE.read(st, List.of(4))).isEqualTo(400);
        assertThat(Aggregate.STATE_ENTRIES.read(st, List.of(4))).isEqualTo(2);
    }

    @Test
    void capabilityIndicesFromSampleStandardDeviation() {
        // 9, 10, 11: mean 10, s = 1; LSL 7, USL 13 → Cp = 6 / 6 = 1, Cpk = min(3, 3) / 3 = 1
        TagProfile p = STEPPED.withSpecLimits(7.0, 13.0);
        TagStatistics st = Series.of().good(0, 9).good(1, 10).good(2, 11).window(0, 3, p, null);

        assertThat(st.standardDeviation()).isCloseTo(1.0, within(1e-12));
        assertThat(st.cp()).isCloseTo(1.0, within(1e-12));
        assertThat(st.cpk()).isCloseTo(1.0, within(1e-12));
        assertThat(st.minimum()).isEqualTo(sample(0, 9, Quality.GOOD));
        assertThat(st.maximum()).isEqualTo(sample(2, 11, Quality.GOOD));
    }

    /**
     * Heizer &amp; Render, Operations Management, "Computing the Cpk value at Cocoa Fizz" (control
     * charts chapter): target 16.0 ± 0.2 oz (LSL 15.8, USL 16.2), process mean 15.9, σ 0.1 →
     * Cpk = min(0.3, 0.1) / 0.3 = 0.33. Fills of 15.8, 15.9, 16.0 oz have exactly that mean and σ.
     */
    @Test
    void publishedCpkExampleCocoaFizz() {
        TagProfile fill = STEPPED.withSpecLimits(15.8, 16.2);
        TagStatistics st = Series.of().good(0, 15.8).good(1, 15.9).good(2, 16.0).window(0, 3, fill, null);

        assertThat(st.simpleAverage()).isCloseTo(15.9, within(1e-12));
        assertThat(st.standardDeviation()).isCloseTo(0.1, within(1e-9));
        assertThat(st.cpk()).isCloseTo(1 / 3.0, within(1e-6));
        assertThat(st.cp()).isCloseTo(0.4 / 0.6, within(1e-6));
    }

    @Test
    void timeOutsideLimitsFollowsTheInterpolatedLine() {
        // linear 0 → 100 over 100 s, then held at 100 to 200 s; USL 80, LSL 10:
        // above 80..200 s = 120 s, below 0..10 s = 10 s; average (50 × 100 + 100 × 100) / 200 = 75
        TagProfile p = LINEAR.withSpecLimits(10.0, 80.0);
        TagStatistics st = Series.of().good(0, 0).good(100, 100).window(0, 200, p, null);

        assertThat(st.aboveLimitMillis()).isCloseTo(120_000, within(1e-6));
        assertThat(st.belowLimitMillis()).isCloseTo(10_000, within(1e-6));
        assertThat(st.timeAverage()).isCloseTo(75, within(1e-9));
    }

    @Test
    void integralOfPowerGivesEnergy() {
        // 60 kW for 30 min then 120 kW for 30 min = 30 + 60 = 90 kWh
        TagStatistics st = Series.of().good(0, 60).good(1800, 120).window(0, 3600, STEPPED, null);

        assertThat(st.integralHours()).isCloseTo(90, within(1e-9));
        assertThat(st.delta()).isEqualTo(60);
    }

    @Test
    void valuesOutOfOrderOrOutsideTheSliceAreRejected() {
        SliceAccumulator acc = new SliceAccumulator(0, 1000, STEPPED);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> acc.accept(new long[] {10, 5}, new double[] {1, 2}, new int[] {192, 192}, 2))
                .hasMessageContaining("value at 5");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new SliceAccumulator(0, 1000, STEPPED).accept(new long[] {1000}, new double[] {1}, new int[] {192}, 1))
                .hasMessageContaining("outside the slice");
    }
}
