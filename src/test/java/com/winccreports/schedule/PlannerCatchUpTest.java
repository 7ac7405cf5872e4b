package com.winccreports.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.period.PeriodCalendar;
import com.winccreports.period.PeriodKind;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * After a simulated outage from Monday 06:20 to Tuesday (Berlin, winter time, UTC+1), a job that
 * reports 15 minutes after each shift has missed Monday Early, Late and Night and Tuesday Early.
 */
class PlannerCatchUpTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final PeriodCalendar CALENDAR = DemoCalendar.threeShifts(BERLIN);
    private static final Trigger AFTER_EACH_SHIFT = new Trigger.AfterPeriod(PeriodKind.SHIFT, Duration.ofMinutes(15));
    /** Monday 2026-11-23 06:20 local: the Sunday night shift was planned just before the outage. */
    private static final Instant OUTAGE_START = Instant.parse("2026-11-23T05:20:00Z");
    /** Tuesday 14:20 local: Tuesday Early fired 5 minutes ago, so it is still on time. */
    private static final Instant BACK_ON_TIME = Instant.parse("2026-11-24T13:20:00Z");
    /** Tuesday 15:00 local: every firing of the outage is older than the misfire grace. */
    private static final Instant BACK_LATE = Instant.parse("2026-11-24T14:00:00Z");

    private final MutableClock clock = new MutableClock(OUTAGE_START);
    private final Planner planner = new Planner(clock);

    @Test
    void allRunsEveryMissedPeriodInOrder() {
        Plan plan = planAfterOutage(CatchUp.all(), BACK_ON_TIME);

        assertThat(labels(plan.due())).containsExactly(
                "2026-11-23-Early", "2026-11-23-Late", "2026-11-23-Night", "2026-11-24-Early");
        assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void allWithALimitRunsTheNewestAndListsTheRestAsSkipped() {
        Plan plan = planAfterOutage(CatchUp.atMost(2), BACK_ON_TIME);

        assertThat(labels(plan.due())).containsExactly("2026-11-23-Night", "2026-11-24-Early");
        assertThat(labels(plan.skipped())).containsExactly("2026-11-23-Early", "2026-11-23-Late");
    }

    @Test
    void latestOnlyRunsTheNewestEvenWhenItIsLate() {
        Plan plan = planAfterOutage(CatchUp.latestOnly(), BACK_LATE);

        assertThat(labels(plan.due())).containsExactly("2026-11-24-Early");
        assertThat(labels(plan.skipped())).containsExactly(
                "2026-11-23-Early", "2026-11-23-Late", "2026-11-23-Night");
    }

    @Test
    void noneRunsOnlyAFiringThatIsStillOnTime() {
        Plan plan = planAfterOutage(CatchUp.none(), BACK_ON_TIME);

        assertThat(labels(plan.due())).containsExactly("2026-11-24-Early");
        assertThat(labels(plan.skipped())).hasSize(3);
    }

    @Test
    void noneRunsNothingWhenEveryFiringWasMissed() {
        Plan plan = planAfterOutage(CatchUp.none(), BACK_LATE);

        assertThat(plan.due()).isEmpty();
        assertThat(labels(plan.skipped())).containsExactly(
                "2026-11-23-Early", "2026-11-23-Late", "2026-11-23-Night", "2026-11-24-Early");
    }

    @Test
    void aSecondPlanFromTheNewCursorFindsNothingTwice() {
        Plan first = planAfterOutage(CatchUp.all(), BACK_ON_TIME);
        clock.advance(Duration.ofMinutes(1));

        Plan second = planner.plan("shift-report", AFTER_EACH_SHIFT, CALENDAR, CatchUp.all(), first.planned());

        assertThat(second.due()).isEmpty();
        assertThat(second.skipped()).isEmpty();
        assertThat(second.next()).map(f -> f.period().label()).contains("2026-11-24-Late");
        assertThat(second.next()).map(Firing::at).contains(Instant.parse("2026-11-24T21:15:00Z"));
    }

    @Test
    void aPlanWithoutDowntimeRunsTheOneFiringOnTime() {
        clock.set(Instant.parse("2026-11-23T13:16:00Z"));

        Plan plan = planner.plan("shift-report", AFTER_EACH_SHIFT, CALENDAR, CatchUp.none(), OUTAGE_START);

        assertThat(labels(plan.due())).containsExactly("2026-11-23-Early");
        assertThat(plan.due().get(0).at()).isEqualTo(Instant.parse("2026-11-23T13:15:00Z"));
    }

    private Plan planAfterOutage(CatchUp catchUp, Instant back) {
        clock.set(back);
        return planner.plan("shift-report", AFTER_EACH_SHIFT, CALENDAR, catchUp, OUTAGE_START);
    }

    private static List<String> labels(List<Firing> firings) {
        return firings.stream().map(f -> f.period().label()).toList();
    }
}
