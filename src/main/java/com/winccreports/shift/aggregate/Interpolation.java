package com.winccreports.shift.aggregate;

import java.util.Locale;

/** How the value between two samples is read (OPC UA Part 13 "Stepped" / "Interpolated"). */
public enum Interpolation {
    /** The value holds until the next sample (states, counters, setpoints, on-change tags). */
    STEPPED,
    /** The value changes linearly between two good samples (sampled analog measurements). */
    LINEAR;

    /** Parses the YAML spelling ({@code stepped}, {@code linear}). */
    public static Interpolation parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
