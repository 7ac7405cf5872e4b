/**
 * Shift calendar: shifts in local wall time per site zone, rotations, breaks, holidays, turned
 * into concrete UTC intervals ({@link com.winccreports.shift.calendar.ShiftInstance}) that stay
 * correct across daylight-saving changes. Entry point: {@link com.winccreports.shift.calendar.ShiftCalendar}.
 * Plain Java.
 */
package com.winccreports.shift.calendar;
