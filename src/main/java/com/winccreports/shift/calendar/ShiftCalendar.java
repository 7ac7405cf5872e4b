package com.winccreports.shift.calendar;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shifts of a site as concrete UTC intervals. Built from a validated {@link ShiftCalendarSpec}
 * and the site's zone; immutable and thread-safe.
 *
 * <p>Local wall times are turned into instants once per boundary, so the end of one shift and the
 * start of the next are always the same instant. A local time that does not exist (spring-forward
 * gap) moves forward by the length of the gap; a local time that exists twice (fall-back) means
 * its first occurrence — so the repeated hour belongs to exactly one shift, never zero or two.
 */
public final class ShiftCalendar {

    private final ShiftCalendarSpec spec;
    private final ZoneId zone;
    private final List<ShiftDefinitionSpec> ordered;

    private ShiftCalendar(ShiftCalendarSpec spec, ZoneId zone) {
        this.spec = spec;
        this.zone = zone;
        long dayStart = Math.floorMod(spec.productionDayStart().toMinutes(), 24 * 60);
        this.ordered = spec.pattern().stream()
                .sorted(Comparator.comparingLong(s -> Math.floorMod(ShiftCalendarValidator.minutes(s.start()) - dayStart, 24 * 60)))
                .toList();
    }

    /** Validates and builds; throws {@link SpecException} listing every error (warnings pass). */
    public static ShiftCalendar of(ShiftCalendarSpec spec, ZoneId zone) {
        SpecException.throwIfErrors(spec.validate());
        return new ShiftCalendar(spec, zone);
    }

    /** Like {@link #of(ShiftCalendarSpec, ZoneId)} with a zone id from the site file ({@code zone}). */
    public static ShiftCalendar of(ShiftCalendarSpec spec, String zoneId) {
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneId == null ? "" : zoneId);
        } catch (DateTimeException e) {
            throw new SpecException(List.of(SpecProblem.error("zone", "unknown time zone '" + zoneId
                    + "'; use a region id such as Europe/Berlin or America/New_York")));
        }
        return of(spec, zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public ShiftCalendarSpec spec() {
        return spec;
    }

    /** Start instant of a production day. */
    public Instant productionDayStart(LocalDate day) {
        return resolve(day.atStartOfDay().plus(spec.productionDayStart()));
    }

    /** The production day an instant belongs to. */
    public LocalDate productionDayOf(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone).minus(spec.productionDayStart());
        LocalDate day = local.toLocalDate();
        // local arithmetic can be off by one around DST changes: settle against real instants
        while (productionDayStart(day).isAfter(instant)) {
            day = day.minusDays(1);
        }
        while (!productionDayStart(day.plusDays(1)).isAfter(instant)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** All shifts of one production day in time order, including non-working days (see {@link ShiftInstance#dayType()}). */
    public List<ShiftInstance> shiftsOf(LocalDate productionDay) {
        DayType type = dayType(productionDay);
        String note = dayNote(productionDay, type);
        List<ShiftInstance> result = new ArrayList<>();
        Map<String, String> crews = crews(productionDay);
        for (ShiftDefinitionSpec def : ordered) {
            if (crews != null && !crews.containsKey(def.name())) {
                continue;
            }
            result.add(instance(productionDay, def, crews == null ? null : crews.get(def.name()), type, note));
        }
        return result;
    }

    /** Shifts overlapping {@code [from, to)} in time order (whole shifts, not clipped). */
    public List<ShiftInstance> shiftsBetween(Instant from, Instant to) {
        List<ShiftInstance> result = new ArrayList<>();
        for (LocalDate d = productionDayOf(from).minusDays(1); !productionDayStart(d).isAfter(to); d = d.plusDays(1)) {
            for (ShiftInstance s : shiftsOf(d)) {
                if (s.end().isAfter(from) && s.start().isBefore(to)) {
                    result.add(s);
                }
            }
        }
        return result;
    }

    /** Only the working shifts (planned busy time &gt; 0 possible) overlapping {@code [from, to)}. */
    public List<ShiftInstance> workingShiftsBetween(Instant from, Instant to) {
        return shiftsBetween(from, to).stream().filter(s -> s.dayType() == DayType.WORKING).toList();
    }

    /** The shift in force at an instant, if any. */
    public Optional<ShiftInstance> shiftAt(Instant instant) {
        return shiftsBetween(instant, instant.plusMillis(1)).stream().findFirst();
    }

    private ShiftInstance instance(LocalDate day, ShiftDefinitionSpec def, String crew, DayType type, String note) {
        LocalDateTime localStart = localStart(day, def.start());
        LocalDateTime localEnd = localStart.plusMinutes(ShiftCalendarValidator.lengthMinutes(def.start(), def.end()));
        ZonedDateTime zs = ZonedDateTime.ofLocal(localStart, zone, null);
        ZonedDateTime ze = ZonedDateTime.ofLocal(localEnd, zone, null);
        List<BreakInstance> breaks = new ArrayList<>();
        for (BreakSpec b : def.breaks()) {
            LocalDateTime bs = localStart.plusMinutes(Math.floorMod(ShiftCalendarValidator.minutes(b.start())
                    - ShiftCalendarValidator.minutes(def.start()), 24 * 60));
            LocalDateTime be = bs.plusMinutes(ShiftCalendarValidator.lengthMinutes(b.start(), b.end()));
            breaks.add(new BreakInstance(b.label().orElse(null), resolve(bs), resolve(be), bs, be));
        }
        return new ShiftInstance(day, def.name(), def.label(), crew, zs.toInstant(), ze.toInstant(),
                localStart, localEnd, zs.getOffset(), ze.getOffset(), type, note, breaks);
    }

    /** Local start: the first date-time at {@code time} at or after the production day's local start. */
    private LocalDateTime localStart(LocalDate day, java.time.LocalTime time) {
        LocalDateTime dayStart = day.atStartOfDay().plus(spec.productionDayStart());
        LocalDateTime candidate = dayStart.toLocalDate().atTime(time);
        return candidate.isBefore(dayStart) ? candidate.plusDays(1) : candidate;
    }

    private Instant resolve(LocalDateTime local) {
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    private DayType dayType(LocalDate day) {
        if (spec.holidays().stream().anyMatch(h -> day.equals(h.date()))) {
            return DayType.HOLIDAY;
        }
        return spec.nonWorkingDays().contains(day.getDayOfWeek()) ? DayType.NON_WORKING_DAY : DayType.WORKING;
    }

    private String dayNote(LocalDate day, DayType type) {
        return switch (type) {
            case HOLIDAY -> spec.holidays().stream().filter(h -> day.equals(h.date())).map(HolidaySpec::label)
                    .flatMap(Optional::stream).findFirst().orElse("holiday");
            case NON_WORKING_DAY -> day.getDayOfWeek().toString();
            case WORKING -> null;
        };
    }

    /** Shift name → crew of the rotation step in force; {@code null} without a rotation. */
    private Map<String, String> crews(LocalDate day) {
        if (spec.rotation().isEmpty()) {
            return null;
        }
        RotationSpec r = spec.rotation().get();
        long step = Math.floorDiv(ChronoUnit.DAYS.between(r.anchor(), day), r.stepDays());
        return r.steps().get((int) Math.floorMod(step, r.steps().size()));
    }
}
