package com.winccreports.simulator.plant;

import java.util.Locale;

/** The generator behind a tag; {@code kind} in the plant file. */
public enum TagKind {
    TEMPERATURE(false, false), SETPOINT(true, false), ANALOG(false, false), SPEED(false, false),
    POWER(false, false), ENERGY(false, true), GOOD_COUNT(false, true), SCRAP_COUNT(false, true),
    TOTAL_COUNT(false, true),
    MACHINE_STATE(true, false), DOWNTIME_REASON(true, false);

    private final boolean onChange;
    private final boolean counter;

    TagKind(boolean onChange, boolean counter) {
        this.onChange = onChange;
        this.counter = counter;
    }

    /** Logged only when the value changes (and at each production day start and after an outage). */
    public boolean onChange() {
        return onChange;
    }

    /** A monotone counter (rolls over or resets). */
    public boolean counter() {
        return counter;
    }

    /** True for tags that may get bad or uncertain quality stretches. */
    boolean analog() {
        return this == TEMPERATURE || this == ANALOG;
    }

    /** Parses the plant file's camelCase name, e.g. {@code goodCount}. */
    public static TagKind parse(String name) {
        String wanted = name.replace("_", "").toLowerCase(Locale.ROOT);
        for (TagKind kind : values()) {
            if (kind.name().replace("_", "").toLowerCase(Locale.ROOT).equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown tag kind '" + name + "'");
    }
}
