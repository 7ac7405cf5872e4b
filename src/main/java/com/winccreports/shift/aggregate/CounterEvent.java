package com.winccreports.shift.aggregate;

/**
 * A counter reading lower than the one before it, and how the counter total read it: a
 * {@link Kind#ROLLOVER} (the counter wrapped at its rollover value; the total adds rollover − before +
 * after) or a {@link Kind#RESET} (the counter restarted from 0; the total adds after). Counters only.
 *
 * @param t      time of the lower reading (epoch ms)
 * @param before the usable reading before it
 * @param after  the lower reading
 * @param kind   rollover or reset
 */
public record CounterEvent(long t, double before, double after, Kind kind) {

    /** At most this many events are listed per tag and window; the counts stay exact beyond it. */
    public static final int LISTED_AT_MOST = 1000;

    /** How a drop of a counter was read. */
    public enum Kind { ROLLOVER, RESET }
}
