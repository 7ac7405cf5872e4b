package com.winccreports.schedule;

import com.winccreports.period.PeriodCalendar;
import com.winccreports.period.PeriodKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the scheduler costs (run by {@code bench/schedule}, not a test): planning a year of shift firings
 * on the Berlin calendar, and one wake-up with nothing due against an in-memory H2 ledger — the price of every
 * heartbeat. Median of 5 after warm-up.
 */
public final class ScheduleWakeBenchmark {

    private ScheduleWakeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        PeriodCalendar calendar = DemoCalendar.threeShifts(ZoneId.of("Europe/Berlin"));
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = from.plus(Duration.ofDays(365));
        FiringSequence shifts = new FiringSequence(new Trigger.AfterPeriod(PeriodKind.SHIFT, Duration.ZERO), calendar);
        double[] planning = new double[5];
        int firings = 0;
        for (int round = -3; round < planning.length; round++) {
            long start = System.nanoTime();
            firings = shifts.between(from, to).size();
            if (round >= 0) {
                planning[round] = firings / ((System.nanoTime() - start) / 1e9);
            }
        }
        System.out.printf("planning a year of shifts (%d firings): %.0f firings/s%n", firings, median(planning));

        Path folder = Files.createTempDirectory("schedule-bench");
        try (RoundFixture fixture = new RoundFixture(folder)) {
            ScheduleRound service = fixture.service("bench");
            fixture.archivedUntil = Optional.of(to);
            service.tick(fixture.job);
            double[] wake = new double[5];
            for (int round = -3; round < wake.length; round++) {
                long start = System.nanoTime();
                for (int i = 0; i < 200; i++) {
                    service.tick(fixture.job);
                }
                if (round >= 0) {
                    wake[round] = (System.nanoTime() - start) / 1e6 / 200;
                }
            }
            System.out.printf("wake-up with nothing due (H2 in memory ledger): %.3f ms%n", median(wake));
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

}
