package com.winccreports.report;

import java.time.Duration;
import java.util.Objects;

/**
 * Alarms of one class in the period.
 *
 * @param alarmClass  alarm class, e.g. {@code Fault}, {@code Warning}
 * @param count       number of alarms raised
 * @param totalActive summed active time
 */
public record AlarmClassCount(String alarmClass, long count, Duration totalActive) {

    public AlarmClassCount {
        Objects.requireNonNull(alarmClass, "alarmClass");
        totalActive = totalActive == null ? Duration.ZERO : totalActive;
    }
}
