package com.winccreports.report;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A state tag (machine state, downtime reason) over one shift: the time in each state and how often it was
 * entered — never an average of its codes.
 *
 * @param tag             tag name, e.g. {@code L1.MachineState}
 * @param description     description in the report's language
 * @param states          each state seen, by code
 * @param unknownTime     time without a usable value (gaps, bad quality): the state is unknown then
 * @param coveragePercent share of the window with a known state, 0–100
 */
public record StateStatistics(String tag, String description, List<StateDuration> states, Duration unknownTime,
        double coveragePercent) {

    public StateStatistics {
        Objects.requireNonNull(tag, "tag");
        description = description == null ? "" : description;
        states = List.copyOf(states == null ? List.of() : states);
        unknownTime = unknownTime == null ? Duration.ZERO : unknownTime;
    }

    /**
     * Time in one state and the entries into it.
     *
     * @param code    state code as archived
     * @param label   the code's label from the site's tag profile, or the code
     * @param time    time in the state
     * @param entries changes into the state from another one
     */
    public record StateDuration(int code, String label, Duration time, long entries) {

        public StateDuration {
            label = label == null || label.isBlank() ? Integer.toString(code) : label;
            Objects.requireNonNull(time, "time");
        }
    }
}
