package com.winccreports.period;

import java.time.temporal.ChronoUnit;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Which periods a job reports, judged against "now": a period that has not started is refused (there is
 * nothing to report, and an empty v1 would later refuse the real one); one that has started but not ended is
 * reported as <em>preliminary</em> (outside the version numbering, never blocking the final v1); one longer
 * than the job's maximum is refused with the limit and where to change it. Plain Java: no Spring, no I/O.
 */
public final class PeriodPolicy {

    /** The default longest period of a shift report: a quarter (three months of 31 days). */
    public static final Duration SHIFT_REPORT_MAX_LENGTH = Duration.ofDays(93);

    private final Duration maxLength;
    private final String maxLengthSetting;

    /**
     * @param maxLength        the longest period accepted
     * @param maxLengthSetting where a person changes it, for the message (e.g. "maxPeriod in jobs/x.yaml")
     */
    public PeriodPolicy(Duration maxLength, String maxLengthSetting) {
        this.maxLength = Objects.requireNonNull(maxLength, "maxLength");
        this.maxLengthSetting = Objects.requireNonNull(maxLengthSetting, "maxLengthSetting");
        if (maxLength.isNegative() || maxLength.isZero()) {
            throw new IllegalArgumentException("maximum period length must be positive: " + maxLength);
        }
    }

    /** What the policy says about a period. */
    public sealed interface Verdict {
        /** The period has ended: a normal, versioned report. */
        record Final() implements Verdict {
        }

        /** The period has not ended at {@code now}: a preliminary report with data up to then. */
        record Preliminary(Instant now) implements Verdict {
        }

        /** Not reported; {@code reason} says why and what to do. */
        record Refused(String reason) implements Verdict {
        }
    }

    /** The verdict on {@code [from, to)} labelled {@code label} at {@code now}. */
    public Verdict judge(Instant from, Instant to, String label, Instant now) {
        if (!from.isBefore(now)) {
            return new Verdict.Refused("period " + label + " [" + from + ", " + to + ") has not started yet (now: "
                    + now.truncatedTo(ChronoUnit.SECONDS) + "): there is nothing to report; "
                    + "run it after it has ended");
        }
        Duration length = Duration.between(from, to);
        if (length.compareTo(maxLength) > 0) {
            return new Verdict.Refused("period " + label + " lasts " + describe(length) + ", longer than the "
                    + describe(maxLength) + " a report of this job may cover: split it into shorter periods, or raise "
                    + maxLengthSetting);
        }
        return to.isAfter(now) ? new Verdict.Preliminary(now) : new Verdict.Final();
    }

    private static String describe(Duration duration) {
        long days = duration.toDays();
        Duration rest = duration.minusDays(days);
        return days > 0 ? days + " days" + (rest.isZero() ? "" : " " + rest.toHours() + " h")
                : duration.toHours() + " h" + (duration.toMinutesPart() == 0 ? "" : " " + duration.toMinutesPart() + " min");
    }
}
