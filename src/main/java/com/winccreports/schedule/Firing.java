package com.winccreports.schedule;

import com.winccreports.period.ReportPeriod;
import java.time.Instant;
import java.util.Objects;

/** One due moment of a schedule: when it fires and which period it reports on. */
public record Firing(Instant at, ReportPeriod period) {

    public Firing {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(period, "period");
    }
}
