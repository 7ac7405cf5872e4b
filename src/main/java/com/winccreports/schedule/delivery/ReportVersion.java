package com.winccreports.schedule.delivery;

import com.winccreports.period.ReportPeriod;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** One published version of a period's report: what delivery sends. */
public record ReportVersion(String job, ReportPeriod period, int version, boolean incomplete, List<Path> files) {

    public ReportVersion {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(period, "period");
        files = List.copyOf(files);
        if (version < 1) {
            throw new IllegalArgumentException("report versions start at 1: " + version);
        }
    }

    /** The folder name of this version below a job's folder: {@code <period>/v<n>}. */
    public String relativeFolder() {
        return period.label() + "/v" + version;
    }
}
