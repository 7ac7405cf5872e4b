package com.winccreports.report;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One alarm (by number) with its statistics in the period.
 *
 * @param alarmNumber  WinCC alarm number
 * @param text         alarm text in the report's language
 * @param alarmClass   alarm class
 * @param count        times raised
 * @param longest      longest single active time
 * @param totalActive  summed active time
 * @param firstRaised  first time raised in the period, with offset
 */
public record AlarmSummary(long alarmNumber, String text, String alarmClass, long count, Duration longest,
        Duration totalActive, OffsetDateTime firstRaised) {

    public AlarmSummary {
        text = text == null ? "" : text;
        alarmClass = alarmClass == null ? "" : alarmClass;
        longest = longest == null ? Duration.ZERO : longest;
        totalActive = totalActive == null ? Duration.ZERO : totalActive;
        Objects.requireNonNull(firstRaised, "firstRaised");
    }
}
