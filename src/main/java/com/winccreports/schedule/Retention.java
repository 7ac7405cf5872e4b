package com.winccreports.schedule;

import java.time.Duration;

/**
 * How long a job's traces are kept, counted from a period's end; {@code null} keeps them forever.
 *
 * @param outputs published reports under {@code output/<job>/}
 * @param staging partial aggregates of finished runs
 * @param history job executions, schedule ledger and delivery log
 */
public record Retention(Duration outputs, Duration staging, Duration history) {

    public static Retention forever() {
        return new Retention(null, null, null);
    }
}
