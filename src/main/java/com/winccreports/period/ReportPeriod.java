package com.winccreports.period;

import java.time.Instant;
import java.util.Objects;

/**
 * The one report period of the product: the half-open range {@code [from, to)} in UTC a run covers, its kind,
 * and the label people and folders know it by ({@code 2026-11-24}, {@code 2026-11-24-Night}, {@code 2026-W48},
 * {@code 2026-11}, {@code 2026-11-24T12-00-00Z_2026-11-24T14-00-00Z} for a range). Kind, label and ends are what
 * a run is identified by; calendar periods come from {@link ShiftCalendarPeriods}, so a production day lasts 23
 * or 25 hours across a clock change.
 */
public record ReportPeriod(PeriodKind kind, String label, Instant from, Instant to) {

    public ReportPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("period must end after it starts: [" + from + ", " + to + ")");
        }
        if (label == null || label.isBlank()) {
            label = from + "_" + to;
        }
        if (!label.matches("[0-9A-Za-z][0-9A-Za-z:._+-]*") || label.contains("..")) {
            throw new IllegalArgumentException("period label '" + label + "' is not usable as a folder name");
        }
        label = label.replace(':', '-');
    }

    /** An arbitrary range, labelled by its UTC ends. */
    public static ReportPeriod between(Instant from, Instant to) {
        return new ReportPeriod(PeriodKind.RANGE, null, from, to);
    }

    /** The span of batch {@code batchId} (labelled {@code batch-<id>}, characters unfit for a folder as {@code _}). */
    public static ReportPeriod batch(String batchId, Instant from, Instant to) {
        return new ReportPeriod(PeriodKind.BATCH, "batch-" + batchId.replaceAll("[^0-9A-Za-z._+-]", "_"), from, to);
    }

    @Override
    public String toString() {
        return label + " [" + from + ", " + to + ")";
    }
}
