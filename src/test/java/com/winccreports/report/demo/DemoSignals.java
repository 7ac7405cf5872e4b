package com.winccreports.report.demo;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Deterministic signals of the demo line as pure functions of time, so any value — a per-minute average
 * or a one-second raw value — can be produced on demand without storing a series.
 */
final class DemoSignals {

    /** Tags with a continuous signal, in display order. */
    static final String[] TAGS = {"Temperature", "Pressure", "Speed", "Power", "Vibration", "AmbientHumidity"};
    static final String[] UNITS = {"°C", "bar", "units/min", "kW", "mm/s", "%"};

    /** Index of the vibration tag, which has a sensor gap in the demo night shift. */
    static final int VIBRATION = 4;

    private final ZoneId zone;
    private final DemoDowntime downtime;
    private final Instant gapFrom;
    private final Instant gapTo;

    DemoSignals(ZoneId zone, DemoDowntime downtime, Instant gapFrom, Instant gapTo) {
        this.zone = zone;
        this.downtime = downtime;
        this.gapFrom = gapFrom;
        this.gapTo = gapTo;
    }

    boolean inGap(int index, Instant time) {
        return index == VIBRATION && !time.isBefore(gapFrom) && time.isBefore(gapTo);
    }

    boolean running(Instant time) {
        return !downtime.isDown(time);
    }

    /** Value of tag {@code index} (into {@link #TAGS}) at {@code time}; NaN inside a data gap. */
    double value(int index, Instant time) {
        if (inGap(index, time)) {
            return Double.NaN;
        }
        long second = time.getEpochSecond();
        boolean running = !downtime.isDown(time);
        double hour = hourOfDay(time);
        double daily = Math.sin((hour - 9) / 24.0 * 2 * Math.PI);
        return switch (index) {
            case 0 -> 180.0 + 1.5 * daily + 0.6 * noise(1, second / 5) + (running ? 0 : -6);
            case 1 -> 4.2 + 0.08 * daily + 0.05 * noise(2, second / 3) + (running ? 0 : -1.1);
            case 2 -> running ? 118 + 4 * noise(3, second / 20) : 0;
            case 3 -> running ? 86 + 6 * daily + 3 * noise(4, second / 7) : 12 + noise(4, second);
            case 4 -> running ? 2.4 + 0.4 * noise(5, second / 10) : 0.3;
            case 5 -> 45 - 8 * daily + 1.5 * noise(6, second / 60);
            default -> throw new IllegalArgumentException("no demo tag " + index);
        };
    }

    private double hourOfDay(Instant time) {
        ZonedDateTime local = time.atZone(zone);
        return local.getHour() + local.getMinute() / 60.0;
    }

    /** A reproducible pseudo-random number in [-1, 1] for (seed, step). */
    static double noise(long seed, long step) {
        long z = seed * 0x9E3779B97F4A7C15L + step * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53 * 2 - 1;
    }
}
