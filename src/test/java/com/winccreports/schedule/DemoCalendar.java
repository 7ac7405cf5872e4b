package com.winccreports.schedule;

import com.winccreports.period.ShiftCalendarPeriods;
import com.winccreports.shift.calendar.ShiftCalendar;
import com.winccreports.shift.calendar.ShiftCalendarSpec;
import com.winccreports.shift.calendar.ShiftDefinitionSpec;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** The demo plant's shift plan (docs/architecture.md) in any zone: Early 06–14, Late 14–22, Night 22–06. */
final class DemoCalendar {

    private DemoCalendar() {
    }

    static ShiftCalendarPeriods threeShifts(ZoneId zone) {
        ShiftCalendarSpec spec = ShiftCalendarSpec.of(Duration.ofHours(6), List.of(
                ShiftDefinitionSpec.of("Early", LocalTime.of(6, 0), LocalTime.of(14, 0)),
                ShiftDefinitionSpec.of("Late", LocalTime.of(14, 0), LocalTime.of(22, 0)),
                ShiftDefinitionSpec.of("Night", LocalTime.of(22, 0), LocalTime.of(6, 0))));
        return new ShiftCalendarPeriods(ShiftCalendar.of(spec, zone));
    }
}
