package com.winccreports.shiftreport;

import java.time.Instant;
import java.util.Objects;

/**
 * The half-open time range {@code [from, to)} a report covers, with the label its output folder is named
 * after ({@code 2026-11-24} for a production day). Production days come from the site's shift calendar
 * ({@link ShiftReportRun#productionDay}), so they last 23 or 25 hours across a clock change.
 */
public record ReportPeriod(Instant from, Instant to, String label) {

    public ReportPeriod {
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
        return new ReportPeriod(from, to, null);
    }
}
