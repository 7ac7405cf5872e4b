package com.winccreports.web;

import com.winccreports.period.ReportPeriod;
import java.util.List;

/**
 * A checked {@link RunRequest}: the job, the period it names, the lines and formats (each a subset of the job's,
 * never empty; {@code allLines} and {@code allFormats} when the run takes the job's own — for an export of a batch
 * that is its section's line, which {@code lines} then names) and whether it is a re-issue.
 * Two requests with the same {@link #key()} ask for the same run.
 */
public record ResolvedRequest(String job, String kind, ReportPeriod period, String batch, List<String> lines,
        boolean allLines, List<String> formats, boolean allFormats, boolean reissue) {

    public ResolvedRequest {
        lines = List.copyOf(lines);
        formats = List.copyOf(formats);
    }

    /** What makes two requests the same run: job, period, lines, formats and re-issue. */
    public String key() {
        return String.join("|", job, period.label(), period.from().toString(), period.to().toString(),
                allLines ? "*" : String.join(",", lines), String.join(",", formats), Boolean.toString(reissue));
    }
}
