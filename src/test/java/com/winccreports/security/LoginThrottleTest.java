package com.winccreports.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.schedule.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Failed logins per user and per address, on a clock the test moves. */
class LoginThrottleTest {

    static final Instant START = Instant.parse("2026-11-25T06:00:00Z");

    MutableClock clock = new MutableClock(START);
    LoginThrottle throttle = new LoginThrottle(new AccessProperties.Lockout(null, null), clock);

    @Test
    void fiveFailuresOfAUserWithinFifteenMinutesLockItForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("quality", "10.0.0." + i)).isEmpty();
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(throttle.failed("quality", "10.0.0.9")).singleElement()
                .satisfies(lock -> assertThat(lock.until()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15))));

        assertThat(throttle.lockedUntil("quality", "10.0.0.200")).isPresent();
        assertThat(throttle.lockedUntil("auditor", "10.0.0.200")).isEmpty();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.lockedUntil("quality", "10.0.0.200")).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.failed("quality", "10.0.0.1")).isEmpty();
            clock.advance(Duration.ofMinutes(4));      // never five within fifteen minutes
        }
        assertThat(throttle.lockedUntil("quality", "10.0.0.1")).isEmpty();
    }

    @Test
    void twentyFailuresFromOneAddressLockItForEveryUser() {
        for (int i = 0; i < 19; i++) {
            assertThat(throttle.failed("user-" + i, "10.0.0.66")).isEmpty();
        }
        assertThat(throttle.failed("user-19", "10.0.0.66")).singleElement()
                .satisfies(lock -> assertThat(lock.kind()).isEqualTo("address"));

        assertThat(throttle.lockedUntil("quality", "10.0.0.66")).isPresent();
        assertThat(throttle.lockedUntil("quality", "10.0.0.67")).isEmpty();
    }

    @Test
    void aGoodLoginClearsTheUsersFailuresButNotTheAddresss() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("quality", "10.0.0.1");
        }
        throttle.succeeded("quality");
        assertThat(throttle.failed("quality", "10.0.0.1")).isEmpty();
        for (int i = 0; i < 15; i++) {
            throttle.failed("other-" + i, "10.0.0.1");
        }
        assertThat(throttle.lockedUntil("someone", "10.0.0.1")).as("4 + 1 + 15 from the address").isPresent();
    }

    @Test
    void failuresDuringALockDoNotExtendIt() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("quality", "10.0.0.1");
        }
        Instant until = throttle.lockedUntil("quality", "10.0.0.2").orElseThrow();
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.failed("quality", "10.0.0.3")).isEmpty();
        assertThat(throttle.lockedUntil("quality", "10.0.0.2")).contains(until);
    }
}
