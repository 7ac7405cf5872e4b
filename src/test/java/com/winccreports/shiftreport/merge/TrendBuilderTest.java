package com.winccreports.shiftreport.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.report.TrendPoint;
import com.winccreports.report.TrendSeries;
import com.winccreports.shift.aggregate.Interpolation;
import com.winccreports.shift.aggregate.Sample;
import com.winccreports.shift.aggregate.TagKind;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.shiftreport.staging.StagingStore.Bucket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendBuilderTest {

    static final long MINUTE = 60_000;

    @Test
    void oneMinuteBucketsForADayWiderForAMonth() {
        assertThat(TrendBuilder.resolution(Duration.ofHours(24).toMillis())).isEqualTo(MINUTE);
        assertThat(TrendBuilder.resolution(Duration.ofHours(25).toMillis())).isEqualTo(2 * MINUTE);
        assertThat(TrendBuilder.resolution(Duration.ofDays(31).toMillis())).isEqualTo(31 * MINUTE);
    }

    @Test
    void analogBucketsWithoutValuesAreGaps() {
        TagProfile analog = TagProfile.of(TagKind.ANALOG, Interpolation.LINEAR, Duration.ofSeconds(3));
        TrendSeries trend = TrendBuilder.series("T", analog, List.of(new Bucket(0, 10, 4), new Bucket(2 * MINUTE, 9, 3)),
                0, 3 * MINUTE, null);

        assertThat(trend.points()).extracting(TrendPoint::value).containsExactly(2.5, Double.NaN, 3.0);
    }

    @Test
    void aSetpointStaysInForceFromItsBoundUntilItsMaxSilence() {
        TagProfile setpoint = TagProfile.of(TagKind.SETPOINT, Interpolation.STEPPED, Duration.ofMinutes(2));
        TrendSeries trend = TrendBuilder.series("SP", setpoint, List.of(new Bucket(MINUTE, 70, 1)), 0, 5 * MINUTE,
                new Sample(-1000, 68, 0xC0));

        assertThat(trend.points()).extracting(TrendPoint::value).containsExactly(68.0, 70.0, 70.0, 70.0, Double.NaN);
    }

    @Test
    void aSeriesStaysWithinThePointBudgetWhateverThePeriod() {
        TagProfile analog = TagProfile.of(TagKind.ANALOG, Interpolation.LINEAR, Duration.ofSeconds(3));
        long from = Instant.parse("2026-10-25T05:00:00Z").toEpochMilli();
        for (Duration period : List.of(Duration.ofHours(8), Duration.ofHours(23), Duration.ofHours(25),
                Duration.ofDays(7), Duration.ofDays(31), Duration.ofDays(92), Duration.ofMinutes(44_641))) {
            long to = from + period.toMillis();
            TrendSeries trend = TrendBuilder.series("T", analog, List.of(), from, to, null);

            assertThat(trend.points()).as("points for %s", period).hasSizeLessThanOrEqualTo(TrendBuilder.POINTS + 1); // buckets align to the epoch
            assertThat(trend.points().get(0).time()).isEqualTo(Instant.ofEpochMilli(from));
            assertThat(trend.resolution().toMillis() * trend.points().size()).isGreaterThanOrEqualTo(to - from);
        }
    }

    @Test
    void aMonthsPointIsTheMeanOfTheGoodValuesInItsWideBucket() {
        TagProfile analog = TagProfile.of(TagKind.ANALOG, Interpolation.LINEAR, Duration.ofSeconds(3));
        long from = Instant.parse("2026-10-25T05:00:00Z").toEpochMilli();
        long to = from + Duration.ofDays(31).toMillis();
        long width = TrendBuilder.resolution(to - from);
        long second = Math.floorDiv(from, width) * width + width;
        // 20 good values summing to 100 in the second bucket (a window boundary split them 5 + 15 upstream)
        TrendSeries trend = TrendBuilder.series("T", analog, List.of(new Bucket(second, 100, 20)), from, to, null);

        assertThat(trend.resolution()).isEqualTo(Duration.ofMinutes(31));
        assertThat(trend.points().get(1).time()).isEqualTo(Instant.ofEpochMilli(second));
        assertThat(trend.points().get(1).value()).isEqualTo(5.0);
        assertThat(trend.points().get(0).value()).isNaN();
        assertThat(trend.points().get(2).value()).isNaN();
    }
}
