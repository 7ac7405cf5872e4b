package com.winccreports.shift.aggregate;

import java.util.Locale;

/** What a tag measures; decides which aggregates make sense and how values are read. */
public enum TagKind {
    /** A continuous measurement (temperature, pressure, power). */
    ANALOG,
    /** A monotonically increasing count (pieces, kWh) that may roll over or be reset. */
    COUNTER,
    /** An integer code (machine state, downtime reason); time in each state is aggregated. */
    STATE,
    /** A setpoint: like analog, usually logged on change. */
    SETPOINT;

    /** Parses the YAML spelling ({@code analog}, {@code counter}, {@code state}, {@code setpoint}). */
    public static TagKind parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
