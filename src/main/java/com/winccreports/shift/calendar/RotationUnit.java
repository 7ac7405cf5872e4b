package com.winccreports.shift.calendar;

import java.util.Optional;

/** How long one step of a crew rotation lasts: one production day or one week. */
public enum RotationUnit {
    /** One step per production day. */
    DAY(1),
    /** One step per week of production days. */
    WEEK(7);

    private final int days;

    RotationUnit(int days) {
        this.days = days;
    }

    /** Length of one step in production days. */
    public int days() {
        return days;
    }

    /** The unit spelled {@code day} or {@code week} (any case); empty for anything else. */
    public static Optional<RotationUnit> parse(String text) {
        for (RotationUnit unit : values()) {
            if (unit.name().equalsIgnoreCase(text)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
