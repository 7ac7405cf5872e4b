package com.winccreports.shiftreport;

import com.winccreports.shift.calendar.BreakInstance;
import com.winccreports.shift.calendar.ShiftInstance;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Cuts a shift to the part inside a report period, so its planned busy time and breaks are those of that part. */
final class ShiftClipping {

    private ShiftClipping() {
    }

    static ShiftInstance clip(ShiftInstance shift, long from, long to, ZoneId zone) {
        if (from == shift.startMillis() && to == shift.endMillis()) {
            return shift;
        }
        Instant start = Instant.ofEpochMilli(from);
        Instant end = Instant.ofEpochMilli(to);
        List<BreakInstance> breaks = shift.breaks().stream()
                .filter(b -> b.end().isAfter(start) && b.start().isBefore(end))
                .map(b -> clip(b, start, end, zone)).toList();
        return new ShiftInstance(shift.productionDay(), shift.name(), shift.label(), shift.crew(), start, end,
                start.atZone(zone).toLocalDateTime(), end.atZone(zone).toLocalDateTime(),
                zone.getRules().getOffset(start), zone.getRules().getOffset(end), shift.dayType(), shift.dayNote(),
                breaks);
    }

    private static BreakInstance clip(BreakInstance b, Instant start, Instant end, ZoneId zone) {
        Instant from = b.start().isBefore(start) ? start : b.start();
        Instant to = b.end().isAfter(end) ? end : b.end();
        return new BreakInstance(b.label(), from, to, from.atZone(zone).toLocalDateTime(),
                to.atZone(zone).toLocalDateTime());
    }
}
