package com.winccreports.shiftreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.report.ShiftInfo;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class StagingJsonTest {

    @Test
    void keepsTheUtcOffsetsOfShiftTimes() {
        ShiftInfo night = new ShiftInfo("Night", "Night shift", "", OffsetDateTime.parse("2026-10-24T22:00+02:00"),
                OffsetDateTime.parse("2026-10-25T06:00+01:00"));

        ShiftInfo back = StagingJson.read(StagingJson.write(night), ShiftInfo.class);

        assertThat(back).isEqualTo(night);
        assertThat(back.end().getOffset().getTotalSeconds()).isEqualTo(3600);
    }

    @Test
    void keepsNotANumber() {
        record Value(double v) {
        }
        assertThat(StagingJson.read(StagingJson.write(new Value(Double.NaN)), Value.class).v()).isNaN();
    }
}
