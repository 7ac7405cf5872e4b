package com.winccreports.shift.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-checked shifts across daylight-saving changes, midnight and production-day offsets. */
class ShiftCalendarTest {

    static ShiftDefinitionSpec shift(String name, String start, String end, BreakSpec... breaks) {
        return new ShiftDefinitionSpec(name, name, LocalTime.parse(start), LocalTime.parse(end), List.of(breaks));
    }

    static BreakSpec pause(String start, String end, String label) {
        return new BreakSpec(LocalTime.parse(start), LocalTime.parse(end), Optional.ofNullable(label));
    }

    static ShiftCalendarSpec threeShifts() {
        return ShiftCalendarSpec.of(Duration.ofHours(6), List.of(shift("Early", "06:00", "14:00"),
                shift("Late", "14:00", "22:00"), shift("Night", "22:00", "06:00")));
    }

    @ParameterizedTest(name = "{0} night of {1}: {2} → {3}, {4} h")
    @CsvSource({
        // zone, production day, UTC start, UTC end, real hours, offset at start, offset at end
        "Europe/Berlin,    2026-03-28, 2026-03-28T21:00:00Z, 2026-03-29T04:00:00Z, 7, +01:00, +02:00",
        "Europe/Berlin,    2026-10-24, 2026-10-24T20:00:00Z, 2026-10-25T05:00:00Z, 9, +02:00, +01:00",
        "America/New_York, 2026-03-07, 2026-03-08T03:00:00Z, 2026-03-08T10:00:00Z, 7, -05:00, -04:00",
        "America/New_York, 2026-10-31, 2026-11-01T02:00:00Z, 2026-11-01T11:00:00Z, 9, -04:00, -05:00",
        "Europe/Berlin,    2026-11-23, 2026-11-23T21:00:00Z, 2026-11-24T05:00:00Z, 8, +01:00, +01:00"})
    void nightShiftAcrossDaylightSavingLastsSevenOrNineHours(String zone, LocalDate day, Instant start, Instant end,
                                                             long hours, String offStart, String offEnd) {
        ShiftCalendar cal = ShiftCalendar.of(threeShifts(), zone);

        ShiftInstance night = cal.shiftsOf(day).get(2);

        assertThat(night.name()).isEqualTo("Night");
        assertThat(night.start()).isEqualTo(start);
        assertThat(night.end()).isEqualTo(end);
        assertThat(night.duration()).isEqualTo(Duration.ofHours(hours));
        assertThat(night.nominalDuration()).isEqualTo(Duration.ofHours(8));
        assertThat(night.offsetAtStart()).isEqualTo(ZoneOffset.of(offStart));
        assertThat(night.offsetAtEnd()).isEqualTo(ZoneOffset.of(offEnd));
        assertThat(night.spansOffsetChange()).isEqualTo(hours != 8);
        assertThat(night.localStart().toLocalDate()).isEqualTo(day);
        assertThat(night.localEnd().toLocalDate()).isEqualTo(day.plusDays(1));
    }

    @Test
    void shiftChangeInsideTheRepeatedHourGivesTheHourToExactlyOneShift() {
        // Berlin, 2026-10-25: 02:00–03:00 local happens twice. Shift change at 02:30 = its first occurrence.
        List<ShiftInstance> day = changingAtHalfPastTwo(LocalDate.of(2026, 10, 24));

        // A: 18:00+02 (16:00Z) → 02:30+02 (00:30Z) = 8.5 h; B: 00:30Z → 10:30+01 (09:30Z) = 9 h
        assertFirstEndsAtAfterEightAndAHalfHours(day, "2026-10-25T00:30:00Z");
        assertThat(day.get(1).duration()).isEqualTo(Duration.ofHours(9));
        assertThat(day.get(2).start()).isEqualTo(day.get(1).end());
    }

    @Test
    void shiftChangeInsideTheSkippedHourMovesForward() {
        // Berlin, 2026-03-29: 02:30 local does not exist; it is read as 03:30+02 = 01:30Z
        List<ShiftInstance> day = changingAtHalfPastTwo(LocalDate.of(2026, 3, 28));

        assertFirstEndsAtAfterEightAndAHalfHours(day, "2026-03-29T01:30:00Z");   // 17:00Z → 01:30Z
        assertThat(day.get(1).duration()).isEqualTo(Duration.ofMinutes(420));   // 01:30Z → 08:30Z: the lost hour
    }

    /** Berlin, shifts A 18:00–02:30, B 02:30–10:30, C 10:30–18:00: the shifts of production day {@code day}. */
    private static List<ShiftInstance> changingAtHalfPastTwo(LocalDate day) {
        ShiftCalendarSpec spec = ShiftCalendarSpec.of(Duration.ofHours(18), List.of(shift("A", "18:00", "02:30"),
                shift("B", "02:30", "10:30"), shift("C", "10:30", "18:00")));
        return ShiftCalendar.of(spec, "Europe/Berlin").shiftsOf(day);
    }

    /** The first shift ends at {@code end} after 510 real minutes, and the second starts right then. */
    private static void assertFirstEndsAtAfterEightAndAHalfHours(List<ShiftInstance> day, String end) {
        assertThat(day.get(0).end()).isEqualTo(Instant.parse(end));
        assertThat(day.get(0).duration()).isEqualTo(Duration.ofMinutes(510));
        assertThat(day.get(1).start()).isEqualTo(day.get(0).end());
    }

    @Test
    void shiftsTileEveryDayOfAYearWithoutGapOrOverlap() {
        for (String zone : List.of("Europe/Berlin", "America/New_York")) {
            ShiftCalendar cal = ShiftCalendar.of(threeShifts(), zone);
            List<ShiftInstance> all = cal.shiftsBetween(Instant.parse("2026-01-01T12:00:00Z"), Instant.parse("2027-01-01T12:00:00Z"));
            for (int i = 1; i < all.size(); i++) {
                assertThat(all.get(i).start()).as(zone + " " + all.get(i).key()).isEqualTo(all.get(i - 1).end());
            }
            long hours = all.stream().mapToLong(s -> s.duration().toHours()).sum();
            assertThat(all).hasSize(3 * 365 + 1); // Early of 2026-01-01 .. Early of 2027-01-01
            assertThat(hours).isEqualTo(Duration.between(all.get(0).start(), all.get(all.size() - 1).end()).toHours());
        }
    }

    @Test
    void midnightSpanningShiftBelongsToTheProductionDayItStartsOn() {
        ShiftCalendar cal = ShiftCalendar.of(threeShifts(), ZoneId.of("Europe/Berlin"));
        Instant threeAm = Instant.parse("2026-11-24T02:00:00Z"); // 03:00 local on the 24th

        ShiftInstance s = cal.shiftAt(threeAm).orElseThrow();

        assertThat(s.name()).isEqualTo("Night");
        assertThat(s.productionDay()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(cal.productionDayOf(threeAm)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(cal.productionDayStart(LocalDate.of(2026, 11, 24))).isEqualTo(Instant.parse("2026-11-24T05:00:00Z"));
    }

    @Test
    void negativeProductionDayOffsetStartsTheDayTheEveningBefore() {
        // production day D runs from D-1 22:00 to D 22:00: the night shift 22–06 carries the next date
        ShiftCalendarSpec spec = ShiftCalendarSpec.of(Duration.ofHours(-2), List.of(shift("Night", "22:00", "06:00"),
                shift("Early", "06:00", "14:00"), shift("Late", "14:00", "22:00")));
        List<ShiftInstance> day = ShiftCalendar.of(spec, "Europe/Berlin").shiftsOf(LocalDate.of(2026, 11, 24));

        assertThat(day).extracting(ShiftInstance::name).containsExactly("Night", "Early", "Late");
        assertThat(day.get(0).start()).isEqualTo(Instant.parse("2026-11-23T21:00:00Z"));
    }

    @Test
    void breaksHolidaysAndNonWorkingDaysShapePlannedBusyTime() {
        ShiftCalendarSpec spec = new ShiftCalendarSpec(Duration.ofHours(6), List.of(
                shift("Early", "06:00", "14:00", pause("09:00", "09:30", "Frühstück")),
                shift("Late", "14:00", "22:00"), shift("Night", "22:00", "06:00", pause("02:00", "02:30", null))),
                Optional.empty(), List.of(DayOfWeek.SUNDAY),
                List.of(new HolidaySpec(LocalDate.of(2026, 12, 25), Optional.of("1. Weihnachtstag"))));
        ShiftCalendar cal = ShiftCalendar.of(spec, "Europe/Berlin");

        ShiftInstance early = cal.shiftsOf(LocalDate.of(2026, 11, 24)).get(0);
        ShiftInstance night = cal.shiftsOf(LocalDate.of(2026, 11, 24)).get(2);
        ShiftInstance christmas = cal.shiftsOf(LocalDate.of(2026, 12, 25)).get(0);
        ShiftInstance sunday = cal.shiftsOf(LocalDate.of(2026, 11, 29)).get(0);

        assertThat(early.plannedBusyTime()).isEqualTo(Duration.ofMinutes(450));
        assertThat(early.breaks().get(0).start()).isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
        assertThat(night.breaks().get(0).start()).isEqualTo(Instant.parse("2026-11-25T01:00:00Z"));
        assertThat(christmas.dayType()).isEqualTo(DayType.HOLIDAY);
        assertThat(christmas.dayNote()).isEqualTo("1. Weihnachtstag");
        assertThat(christmas.plannedBusyTime()).isZero();
        assertThat(sunday.dayType()).isEqualTo(DayType.NON_WORKING_DAY);
        assertThat(cal.workingShiftsBetween(Instant.parse("2026-11-29T05:00:00Z"), Instant.parse("2026-11-30T05:00:00Z"))).isEmpty();
        assertThat(early.parts()).extracting(p -> p.kind() + " " + p.duration().toMinutes())
                .containsExactly("BUSY 180", "BREAK 30", "BUSY 270");
        assertThat(early.parts().get(1).label()).isEqualTo("Frühstück");
        assertThat(early.parts().get(1).busy(false)).isFalse();
        assertThat(early.parts().get(1).busy(true)).isTrue();
        assertThat(christmas.parts()).extracting(ShiftPart::kind).containsExactly(ShiftPart.Kind.NON_WORKING);
        assertThat(christmas.parts().get(0).busy(true)).isFalse();
    }

    @Test
    void multiWeekRotationAssignsCrewsAndSkipsShiftsNotInAStep() {
        RotationSpec rotation = new RotationSpec(LocalDate.of(2026, 11, 23), RotationUnit.DAY, List.of(
                java.util.Map.of("Early", "A", "Late", "B"), java.util.Map.of("Early", "C", "Late", "A", "Night", "B")));
        ShiftCalendarSpec spec = new ShiftCalendarSpec(Duration.ofHours(6), threeShifts().pattern(), Optional.of(rotation),
                List.of(), List.of());
        ShiftCalendar cal = ShiftCalendar.of(spec, "Europe/Berlin");

        assertThat(cal.shiftsOf(LocalDate.of(2026, 11, 23))).extracting(ShiftInstance::crew).containsExactly("A", "B");
        assertThat(cal.shiftsOf(LocalDate.of(2026, 11, 24))).extracting(ShiftInstance::crew).containsExactly("C", "A", "B");
        assertThat(cal.shiftsOf(LocalDate.of(2026, 11, 22))).extracting(ShiftInstance::crew).containsExactly("C", "A", "B");
    }

    @Test
    void overlapsGapsAndBadBreaksAreReportedWithTheirField() {
        ShiftCalendarSpec spec = ShiftCalendarSpec.of(Duration.ofHours(6), List.of(shift("Early", "06:00", "14:30"),
                shift("Late", "14:00", "21:00", pause("21:00", "21:30", null)),
                shift("Night", "22:00", "06:00")));

        List<SpecProblem> problems = spec.validate();

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("shifts.pattern[1].start");
            assertThat(p.message()).contains("overlap of 30 min");
            assertThat(p.error()).isTrue();
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("shifts.pattern[1].breaks[0]");
            assertThat(p.error()).isTrue();
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("shifts.pattern[2].start");
            assertThat(p.message()).contains("gap of 60 min");
            assertThat(p.error()).isFalse();
        });
        assertThatThrownBy(() -> ShiftCalendar.of(spec, "Europe/Berlin")).isInstanceOf(SpecException.class)
                .hasMessageContaining("shifts.pattern[1].start");
    }

    @Test
    void unknownZoneAndShiftPastTheProductionDayAreErrors() {
        assertThatThrownBy(() -> ShiftCalendar.of(threeShifts(), "Europe/Berlim"))
                .isInstanceOf(SpecException.class).hasMessageContaining("zone: unknown time zone 'Europe/Berlim'");
        ShiftCalendarSpec late = ShiftCalendarSpec.of(Duration.ofHours(6), List.of(shift("Early", "06:00", "14:00"),
                shift("Long", "14:00", "07:00")));
        assertThat(late.validate()).extracting(SpecProblem::path).contains("shifts.pattern[1].end");
        ShiftCalendarSpec unknownCrewShift = new ShiftCalendarSpec(Duration.ofHours(6), threeShifts().pattern(),
                Optional.of(new RotationSpec(LocalDate.of(2026, 1, 5), RotationUnit.WEEK,
                        List.of(java.util.Map.of("Morning", "A")))), List.of(), List.of());
        assertThat(unknownCrewShift.validate()).extracting(SpecProblem::path).contains("shifts.rotation.steps[0].Morning");
    }
}
