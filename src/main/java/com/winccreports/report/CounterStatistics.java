package com.winccreports.report;

import java.util.List;
import java.util.Objects;

/**
 * A counter tag over one shift (or the period): what it counted, not its raw readings — an average or a
 * minimum of a counter that rolls over describes the rollover, not the process.
 *
 * @param tag             tag name, e.g. {@code L1.GoodCount}
 * @param description     description in the report's language
 * @param unit            unit of the count, e.g. {@code units}, {@code kWh}
 * @param increase        what it counted: the sum of its increases, across rollovers and resets (NaN: no data)
 * @param ratePerHour     increase per hour of the window
 * @param rollovers       rollovers (wrapped at its rollover value)
 * @param resets          resets (restarted from 0)
 * @param events          every rollover and reset with its time, in time order
 * @param coveragePercent 100 when readings exist at both ends of the window (gaps in between lose nothing),
 *                        else the share of the window with usable readings
 */
public record CounterStatistics(String tag, String description, String unit, double increase, double ratePerHour,
        long rollovers, long resets, List<CounterReset> events, double coveragePercent) {

    public CounterStatistics {
        Objects.requireNonNull(tag, "tag");
        description = description == null ? "" : description;
        unit = unit == null ? "" : unit;
        events = List.copyOf(events == null ? List.of() : events);
    }
}
