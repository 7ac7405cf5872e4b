package com.winccreports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportFormatsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void germanUsesDecimalCommaAndDayFirstDatesEnglishTheOpposite() {
        ReportFormats de = new ReportFormats(ReportMessages.load(Path.of("report-templates"), Locale.GERMAN), BERLIN);
        ReportFormats en = new ReportFormats(ReportMessages.load(Path.of("report-templates"), Locale.ENGLISH), BERLIN);

        assertThat(de.format(0.66221, NumberPatterns.RATIO)).isEqualTo("66,22 %");
        assertThat(en.format(0.66221, NumberPatterns.RATIO)).isEqualTo("66.22 %");
        assertThat(de.format(16_220, NumberPatterns.COUNT)).isEqualTo("16.220");
        assertThat(de.quantity(1234.5, "kWh")).isEqualTo("1.234,5\u00a0kWh");
        assertThat(de.dateTime(Instant.parse("2026-10-25T00:30:00Z"))).isEqualTo("25.10.2026 02:30 +02:00");
        assertThat(de.dateTime(Instant.parse("2026-10-25T01:30:00Z"))).isEqualTo("25.10.2026 02:30 +01:00");
        assertThat(en.number(Double.NaN, 2)).isEqualTo("–");
    }

    @Test
    void numbersRoundAsExcelShowsThemOnTheirShortestDecimalForm() {
        ReportFormats en = new ReportFormats(ReportMessages.load(Path.of("report-templates"), Locale.ENGLISH), BERLIN);

        assertThat(en.format(2.675, NumberPatterns.DECIMAL)).isEqualTo("2.68");
        assertThat(en.format(0.125, "0.00")).isEqualTo("0.13");
        assertThat(en.format(-0.001, NumberPatterns.DECIMAL)).as("as Excel shows it").isEqualTo("-0.00");
        assertThat(en.format(16_220, NumberPatterns.COUNT)).isEqualTo("16,220");
    }

    @Test
    void eachUnitHasOneFormatCountsAreIntegers() {
        ReportMessages en = ReportMessages.load(Path.of("report-templates"), Locale.ENGLISH);

        assertThat(NumberPatterns.forUnit("units", en)).isEqualTo(NumberPatterns.COUNT);
        assertThat(NumberPatterns.forUnit("events", en)).isEqualTo(NumberPatterns.COUNT);
        assertThat(NumberPatterns.forUnit("ratio", en)).isEqualTo(NumberPatterns.RATIO);
        assertThat(NumberPatterns.forUnit("°C", en)).isEqualTo(NumberPatterns.DECIMAL);
        assertThat(new ReportFormats(en, BERLIN).quantity(13, "events")).isEqualTo("13\u00a0events");
        assertThat(new ReportFormats(en, BERLIN).quantity(325, "units")).isEqualTo("325\u00a0units");
    }

    @Test
    void utcIsWrittenAsAnOffsetNotZ() {
        assertThat(ReportFormats.offset(ZoneOffset.UTC)).isEqualTo("+00:00");
    }

    @Test
    void germanMessagesFallBackToEnglishAndMissingKeysShow() {
        ReportMessages de = ReportMessages.load(Path.of("report-templates"), Locale.GERMAN);

        assertThat(de.get("report.title")).isEqualTo("Schichtbericht");
        assertThat(de.get("column.cp")).isEqualTo("Cp");
        assertThat(de.get("no.such.key")).isEqualTo("[no.such.key]");
        assertThat(de.format("report.page", 3, 9)).isEqualTo("Seite 3 von 9");
    }
}
