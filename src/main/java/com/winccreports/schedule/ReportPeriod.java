package com.winccreports.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * One report period, half-open {@code [start, end)}. The label names it for people and folders
 * ({@code 2026-11-24}, {@code 2026-11-24-Night}, {@code 2026-W48}, {@code 2026-11}); start and end
 * are what a run is identified by.
 */
public record ReportPeriod(PeriodKind kind, String label, Instant start, Instant end) {

    public ReportPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("period end " + end + " must be after start " + start);
        }
    }

    @Override
    public String toString() {
        return label + " [" + start + ", " + end + ")";
    }
}
