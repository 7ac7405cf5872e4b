package com.winccreports.recordexport.rows;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.recordexport.plan.ExportTag;
import com.winccreports.shift.aggregate.Interpolation;
import com.winccreports.shift.aggregate.Sample;
import com.winccreports.shift.aggregate.Stretch;
import com.winccreports.shift.aggregate.TagKind;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.wincc.ArchivePage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The chart buckets of a tag logged on change: the value in force, not the mean of the few values in a bucket. */
class TagSummaryTest {

    private static final long MINUTE = 60_000;
    private static final long FROM = 1_800_000_000_000L - 1_800_000_000_000L % MINUTE;
    private static final long TO = FROM + TagSummary.BUCKETS * MINUTE;   // one bucket a minute

    @Test
    void aStatesValueHoldsUntilItsNextChangeAndBreaksWhereItWasNotKnown() {
        ExportTag state = new ExportTag(0, "L1.MachineState", "PVArchive", Optional.empty(),
                TagProfile.of(TagKind.STATE, Interpolation.STEPPED, Duration.ofHours(24)), true);
        TagSummary summary = new TagSummary(state, FROM, TO, new Sample(FROM - 5 * MINUTE, 2, 0xC0));
        summary.accept(new ArchivePage(state.name(), new long[] {FROM + 10 * MINUTE + 30_000, FROM + 100 * MINUTE,
            FROM + 260 * MINUTE}, new double[] {3, 1, 4}, new int[] {0xC0, 0xC0, 0xC0}));

        double[] inForce = summary.inForce(List.of(new Stretch(Stretch.Kind.GAP, FROM + 200 * MINUTE,
                FROM + 260 * MINUTE)));

        assertThat(summary.bucketMean(50)).as("the bucket holds no value of its own").isNaN();
        assertThat(inForce[0]).as("the bounding value before the section").isEqualTo(2);
        assertThat(inForce[9]).isEqualTo(2);
        assertThat(inForce[10]).as("in force at the bucket's end").isEqualTo(3);
        assertThat(inForce[99]).isEqualTo(3);
        assertThat(inForce[100]).isEqualTo(1);
        assertThat(inForce[199]).isEqualTo(1);
        assertThat(inForce[200]).as("in the gap").isNaN();
        assertThat(inForce[259]).isNaN();
        assertThat(inForce[260]).isEqualTo(4);
        assertThat(inForce[TagSummary.BUCKETS - 1]).isEqualTo(4);
        assertThat(summary.bucketEnd(TagSummary.BUCKETS - 1)).isEqualTo(TO);
    }

    @Test
    void withoutAUsableValueBeforeTheFirstChangeNothingIsInForce() {
        ExportTag setpoint = new ExportTag(0, "L1.TemperatureSetpoint", "PVArchive", Optional.empty(),
                TagProfile.of(TagKind.SETPOINT, Interpolation.STEPPED, Duration.ofHours(24)), true);
        TagSummary summary = new TagSummary(setpoint, FROM, TO, new Sample(FROM - MINUTE, 70, 0x00));   // bad
        summary.accept(new ArchivePage(setpoint.name(), new long[] {FROM + 30 * MINUTE}, new double[] {72},
                new int[] {0xC0}));

        double[] inForce = summary.inForce(List.of());

        assertThat(inForce[29]).isNaN();
        assertThat(inForce[30]).isEqualTo(72);
    }
}
