package com.winccreports.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PeriodPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private final PeriodPolicy policy = new PeriodPolicy(PeriodPolicy.SHIFT_REPORT_MAX_LENGTH, "maxPeriod in jobs/x.yaml");

    @Test
    void aPeriodThatHasEndedIsFinal() {
        assertThat(policy.judge(Instant.parse("2026-11-23T05:00:00Z"), Instant.parse("2026-11-24T05:00:00Z"),
                "2026-11-23", NOW)).isEqualTo(new PeriodPolicy.Verdict.Final());
        assertThat(policy.judge(NOW.minusSeconds(3600), NOW, "ends-now", NOW)).isInstanceOf(PeriodPolicy.Verdict.Final.class);
    }

    @Test
    void aPeriodThatHasNotEndedIsPreliminaryAsOfNow() {
        assertThat(policy.judge(Instant.parse("2026-11-24T05:00:00Z"), Instant.parse("2026-11-25T05:00:00Z"),
                "2026-11-24", NOW)).isEqualTo(new PeriodPolicy.Verdict.Preliminary(NOW));
    }

    @Test
    void aPeriodInTheFutureIsRefused() {
        PeriodPolicy.Verdict verdict = policy.judge(Instant.parse("2027-06-01T04:00:00Z"),
                Instant.parse("2027-06-02T04:00:00Z"), "2027-06-01", NOW);

        assertThat(verdict).isInstanceOfSatisfying(PeriodPolicy.Verdict.Refused.class, refused ->
                assertThat(refused.reason()).contains("2027-06-01").contains("has not started yet")
                        .contains("now: 2026-11-24T10:00:00Z"));
        assertThat(policy.judge(NOW, NOW.plusSeconds(60), "starts-now", NOW))
                .isInstanceOf(PeriodPolicy.Verdict.Refused.class);
    }

    @Test
    void aPeriodLongerThanTheMaximumIsRefusedNamingLimitAndSetting() {
        Instant from = Instant.parse("2021-01-01T00:00:00Z");
        PeriodPolicy.Verdict verdict = policy.judge(from, Instant.parse("2026-01-01T00:00:00Z"), "5y", NOW);

        assertThat(verdict).isInstanceOfSatisfying(PeriodPolicy.Verdict.Refused.class, refused ->
                assertThat(refused.reason()).contains("lasts 1826 days").contains("93 days")
                        .contains("maxPeriod in jobs/x.yaml"));
        assertThat(policy.judge(from, from.plus(Duration.ofDays(93)), "93d", NOW))
                .isInstanceOf(PeriodPolicy.Verdict.Final.class);
        assertThat(policy.judge(from, from.plus(Duration.ofDays(93)).plusSeconds(1), "93d+1s", NOW))
                .isInstanceOf(PeriodPolicy.Verdict.Refused.class);
    }
}
