package com.winccreports.shiftreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.report.ShiftInfo;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class StagingJsonTest {

    @Test
    void keepsTheUtcOffsetsOfShiftTimes() {
        ShiftInfo night = new ShiftInfo("Night", "Night shift", "", OffsetDateTime.parse("2026-10-24T22:00+02:00"),
                OffsetDateTime.parse("2026-10-25T06:00+01:00"), java.time.LocalDate.of(2026, 10, 24));

        ShiftInfo back = StagingJson.read(StagingJson.write(night), ShiftInfo.class);

        assertThat(back).isEqualTo(night);
        assertThat(back.end().getOffset().getTotalSeconds()).isEqualTo(3600);
    }

    @Test
    void keepsTheProductionDayAShiftBelongsToAndReadsOneStagedWithoutIt() {
        // a site whose days start at 22:00: the night shift of 24 October belongs to the 25th
        ShiftInfo night = new ShiftInfo("Night", "Night shift", "", OffsetDateTime.parse("2026-10-24T22:00+02:00"),
                OffsetDateTime.parse("2026-10-25T06:00+01:00"), java.time.LocalDate.of(2026, 10, 25));
        String json = StagingJson.write(night);

        assertThat(StagingJson.read(json, ShiftInfo.class).productionDay()).isEqualTo("2026-10-25");
        String staged = json.replaceAll(",?\"productionDay\":\"[0-9-]+\"", "");
        assertThat(staged).as("staging written before the field").doesNotContain("productionDay");
        assertThat(StagingJson.read(staged, ShiftInfo.class).productionDay()).isEqualTo("2026-10-24");
    }

    @Test
    void keepsNotANumber() {
        record Value(double v) {
        }
        assertThat(StagingJson.read(StagingJson.write(new Value(Double.NaN)), Value.class).v()).isNaN();
    }
}
