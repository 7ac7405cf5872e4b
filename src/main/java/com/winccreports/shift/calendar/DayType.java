package com.winccreports.shift.calendar;

/** Whether a production day has planned shifts. */
public enum DayType {
    /** Shifts are planned. */
    WORKING,
    /** A weekday listed in {@code nonWorkingDays}. */
    NON_WORKING_DAY,
    /** A date listed in {@code holidays}. */
    HOLIDAY
}
