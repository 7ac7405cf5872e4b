package com.winccreports.report;

import java.util.List;

/**
 * The data-quality annex: how complete and trustworthy the data behind the report was.
 *
 * @param coverage      coverage per tag
 * @param gaps          gaps found, in time order
 * @param counterResets counter resets and rollovers
 * @param lateData      true when values arrived after the data cut-off was reached (report may be re-issued)
 * @param incomplete    true when the report as a whole is flagged incomplete
 * @param notes         findings in plain words, in the report's language
 */
public record DataQuality(List<TagCoverage> coverage, List<DataGap> gaps, List<CounterReset> counterResets,
        boolean lateData, boolean incomplete, List<String> notes) {

    public DataQuality {
        coverage = List.copyOf(coverage == null ? List.of() : coverage);
        gaps = List.copyOf(gaps == null ? List.of() : gaps);
        counterResets = List.copyOf(counterResets == null ? List.of() : counterResets);
        notes = List.copyOf(notes == null ? List.of() : notes);
    }

    public static DataQuality complete() {
        return new DataQuality(List.of(), List.of(), List.of(), false, false, List.of());
    }

    /** Lowest coverage over all tags, 100 when no tag is listed. */
    public double minimumCoveragePercent() {
        return coverage.stream().mapToDouble(TagCoverage::coveragePercent).min().orElse(100.0);
    }
}
