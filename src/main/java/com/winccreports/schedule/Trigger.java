package com.winccreports.schedule;

import com.winccreports.period.PeriodKind;
import java.time.Duration;
import java.util.Objects;
import org.springframework.scheduling.support.CronExpression;

/**
 * When a job's report is due. Either right after each period (plus a delay for archives to settle),
 * or at cron times in the site's zone, each covering the newest period that has ended by then.
 */
public sealed interface Trigger {

    /** The kind of period each firing reports on. */
    PeriodKind covers();

    /** For people: {@code after each production day +PT30M}, {@code cron 0 30 6 * * ? for the last shift}. */
    default String describe() {
        String covers = covers().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        if (this instanceof AfterPeriod after) {
            return "after each " + covers + (after.delay().isZero() ? "" : " +" + after.delay());
        }
        return "cron '" + ((Cron) this).expression() + "' for the last " + covers;
    }

    /** Fires {@code delay} after the end of every period of the kind ("after each shift"). */
    record AfterPeriod(PeriodKind covers, Duration delay) implements Trigger {
        public AfterPeriod {
            Objects.requireNonNull(covers, "covers");
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative: " + delay);
            }
        }
    }

    /**
     * Fires at the times of a six-field Spring cron expression ({@code second minute hour day month weekday})
     * in the site's local time; at most once per covered period.
     */
    record Cron(String expression, PeriodKind covers) implements Trigger {
        public Cron {
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(covers, "covers");
            if (!CronExpression.isValidExpression(expression)) {
                throw new IllegalArgumentException("not a valid cron expression (six fields, seconds first): "
                        + expression);
            }
        }

        CronExpression parsed() {
            return CronExpression.parse(expression);
        }
    }
}
