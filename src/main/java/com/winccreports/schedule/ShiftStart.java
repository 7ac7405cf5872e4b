package com.winccreports.schedule;

import java.time.LocalTime;
import java.util.Objects;

/** A shift of the daily plan, by name and local start; it ends where the next shift starts. */
public record ShiftStart(String name, LocalTime start) {

    public ShiftStart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        if (name.isBlank()) {
            throw new IllegalArgumentException("shift name must not be blank");
        }
    }
}
