package com.winccreports.shift.kpi;

import java.time.Duration;
import java.time.Instant;

/**
 * Shares a batch between the shifts it spans. The default rule, {@code timeShare}, gives a shift
 * the fraction of the batch's duration that lies inside it: a batch 12:00–16:00 gives the early
 * shift (06–14) 2/4 and the late shift (14–22) 2/4 of its quantities. {@code start} / {@code end}
 * give the whole batch to the shift in which it starts / ends. A batch still running (no end) is
 * taken to run until the end of the shift being reported.
 */
public final class BatchAllocator {

    private BatchAllocator() {
    }

    /** Fraction (0..1) of a batch's quantities that belongs to the shift {@code [from, to)}. */
    public static double share(BatchRecord batch, Instant from, Instant to, KpiOptions.BatchAllocation rule) {
        Instant start = batch.start();
        Instant end = batch.end() == null ? to : batch.end();
        if (start == null) {
            return 0;
        }
        return switch (rule) {
            case START -> !start.isBefore(from) && start.isBefore(to) ? 1 : 0;
            case END -> end.isAfter(from) && !end.isAfter(to) ? 1 : 0;
            case TIME_SHARE -> timeShare(start, end, from, to);
        };
    }

    /** Time the batch ran inside the shift. */
    public static Duration overlap(BatchRecord batch, Instant from, Instant to) {
        Instant end = batch.end() == null ? to : batch.end();
        Instant a = batch.start().isAfter(from) ? batch.start() : from;
        Instant b = end.isBefore(to) ? end : to;
        return b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO;
    }

    private static double timeShare(Instant start, Instant end, Instant from, Instant to) {
        long total = Duration.between(start, end).toMillis();
        if (total <= 0) {
            return !start.isBefore(from) && start.isBefore(to) ? 1 : 0;
        }
        Instant a = start.isAfter(from) ? start : from;
        Instant b = end.isBefore(to) ? end : to;
        return b.isAfter(a) ? (double) Duration.between(a, b).toMillis() / total : 0;
    }
}
