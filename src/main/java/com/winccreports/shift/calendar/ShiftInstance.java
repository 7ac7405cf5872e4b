package com.winccreports.shift.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One concrete shift: the half-open UTC interval {@code [start, end)} plus how it reads on the
 * plant's clock. Across a DST change the real duration differs from the nominal one (a 22–06
 * night shift lasts 7 h in spring and 9 h in autumn); {@link #offsetAtStart()} and
 * {@link #offsetAtEnd()} tell a report which UTC offsets to print.
 *
 * @param productionDay the production day the shift belongs to (a night shift 22–06 belongs to the
 *                      day it starts on when the production day starts at 06:00)
 * @param name          shift name from the spec, e.g. {@code Night}
 * @param label         localized label, e.g. {@code Nachtschicht}
 * @param crew          crew from the rotation, or {@code null} without rotation
 * @param dayType       whether the production day is working, a non-working weekday or a holiday
 * @param dayNote       holiday label or weekday for non-working days, else {@code null}
 * @param breaks        planned breaks, clipped to the shift
 */
public record ShiftInstance(LocalDate productionDay, String name, String label, String crew,
                            Instant start, Instant end, LocalDateTime localStart, LocalDateTime localEnd,
                            ZoneOffset offsetAtStart, ZoneOffset offsetAtEnd, DayType dayType,
                            String dayNote, List<BreakInstance> breaks) {

    public ShiftInstance {
        breaks = breaks == null ? List.of() : List.copyOf(breaks);
    }

    /** Real elapsed duration (7 h or 9 h for an 8-hour shift across a DST change). */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /** Duration on the wall clock, ignoring DST. */
    public Duration nominalDuration() {
        return Duration.between(localStart, localEnd);
    }

    /** Whether the UTC offset changes during the shift. */
    public boolean spansOffsetChange() {
        return !offsetAtStart.equals(offsetAtEnd);
    }

    /** Sum of planned breaks (real time). */
    public Duration plannedBreakTime() {
        return breaks.stream().map(BreakInstance::duration).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * Planned busy time (ISO 22400-2 PBT): the shift's real duration minus planned breaks; zero on
     * a non-working day or holiday.
     */
    public Duration plannedBusyTime() {
        return dayType == DayType.WORKING ? duration().minus(plannedBreakTime()) : Duration.ZERO;
    }

    /**
     * The shift cut into planned busy time and planned stops, in time order and without gaps: its breaks
     * between busy stretches, or one {@link ShiftPart.Kind#NON_WORKING} part on a non-working day or holiday.
     */
    public List<ShiftPart> parts() {
        if (dayType != DayType.WORKING) {
            return List.of(new ShiftPart(start, end, ShiftPart.Kind.NON_WORKING, dayNote));
        }
        List<ShiftPart> parts = new ArrayList<>();
        Instant cursor = start;
        for (BreakInstance b : breaks.stream().sorted(Comparator.comparing(BreakInstance::start)).toList()) {
            Instant from = b.start().isBefore(cursor) ? cursor : b.start();
            Instant to = b.end().isAfter(end) ? end : b.end();
            if (!to.isAfter(from)) {
                continue;
            }
            if (from.isAfter(cursor)) {
                parts.add(new ShiftPart(cursor, from, ShiftPart.Kind.BUSY, null));
            }
            parts.add(new ShiftPart(from, to, ShiftPart.Kind.BREAK, b.label()));
            cursor = to;
        }
        if (end.isAfter(cursor)) {
            parts.add(new ShiftPart(cursor, end, ShiftPart.Kind.BUSY, null));
        }
        return parts;
    }

    public long startMillis() {
        return start.toEpochMilli();
    }

    public long endMillis() {
        return end.toEpochMilli();
    }

    /** A stable key for staging and file names, e.g. {@code 2026-03-29/Night}. */
    public String key() {
        return productionDay + "/" + name;
    }
}
