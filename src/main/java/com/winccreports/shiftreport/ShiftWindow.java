package com.winccreports.shiftreport;

import com.winccreports.shift.calendar.ShiftInstance;

/**
 * A shift as the report sees it: its position in the period, the calendar's shift, and the part of it
 * inside the period {@code [from, to)} in epoch millis (the whole shift unless the period cuts it).
 */
public record ShiftWindow(int index, ShiftInstance shift, long from, long to) {

    public boolean contains(long t) {
        return t >= from && t < to;
    }

    /** True when the period cuts the shift short. */
    public boolean clipped() {
        return from != shift.startMillis() || to != shift.endMillis();
    }
}
