package com.winccreports.shift.aggregate;

/**
 * Time a state tag spent in one state code within a window, and how often the state was entered.
 *
 * @param code    state code (machine state or downtime reason)
 * @param label   label from the tag profile's {@code states}, or the code
 * @param millis  time in the state (only time with a usable, valid value)
 * @param entries changes into this state from another one inside the window
 */
public record StateTime(int code, String label, long millis, long entries) {
}
