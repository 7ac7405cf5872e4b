package com.winccreports.report.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What the demo report fixture varies.
 *
 * @param productionDay production day (06:00 to 06:00 local in Europe/Berlin); 2026-10-24 has a 9-hour night
 * @param locale        language of labels
 * @param version       report version; above 1 the report supersedes {@code version - 1} after late data
 * @param generatedAt   generated-at stamp (pinned for reproducible output)
 * @param rawRows       rows of the streamed raw-value table; 0 leaves the table out
 */
public record DemoReportOptions(LocalDate productionDay, Locale locale, int version, Instant generatedAt,
        long rawRows) {

    public DemoReportOptions {
        Objects.requireNonNull(productionDay, "productionDay");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(generatedAt, "generatedAt");
        if (version < 1 || rawRows < 0) {
            throw new IllegalArgumentException("version must be >= 1 and rawRows >= 0");
        }
    }

    /** The autumn clock-change day in English, first version, no raw table. */
    public static DemoReportOptions defaults() {
        return new DemoReportOptions(LocalDate.of(2026, 10, 24), Locale.ENGLISH, 1,
                Instant.parse("2026-10-25T05:45:00Z"), 0);
    }

    public DemoReportOptions withLocale(Locale value) {
        return new DemoReportOptions(productionDay, value, version, generatedAt, rawRows);
    }

    public DemoReportOptions withDay(LocalDate value) {
        return new DemoReportOptions(value, locale, version, generatedAt, rawRows);
    }

    public DemoReportOptions withVersion(int value) {
        return new DemoReportOptions(productionDay, locale, value, generatedAt, rawRows);
    }

    public DemoReportOptions withRawRows(long value) {
        return new DemoReportOptions(productionDay, locale, version, generatedAt, value);
    }

    public DemoReportOptions withGeneratedAt(Instant value) {
        return new DemoReportOptions(productionDay, locale, version, value, rawRows);
    }
}
