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
        ShiftCalendarSpec spec = new ShiftCalendarSpec(Duration.ofHours(6), List.of(
                new ShiftDefinitionSpec("Early", null, LocalTime.of(6, 0), LocalTime.of(14, 0), null),
                new ShiftDefinitionSpec("Late", null, LocalTime.of(14, 0), LocalTime.of(22, 0), null),
                new ShiftDefinitionSpec("Night", null, LocalTime.of(22, 0), LocalTime.of(6, 0), null)),
                null, null, null);
        return new ShiftCalendarPeriods(ShiftCalendar.of(spec, zone));
    }
}
