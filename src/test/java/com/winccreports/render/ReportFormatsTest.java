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

        assertThat(de.quantity(1234.5, "%", 1)).isEqualTo("1.234,5 %");
        assertThat(en.quantity(1234.5, "%", 1)).isEqualTo("1,234.5 %");
        assertThat(de.dateTime(Instant.parse("2026-10-25T00:30:00Z"))).isEqualTo("25.10.2026 02:30 +02:00");
        assertThat(de.dateTime(Instant.parse("2026-10-25T01:30:00Z"))).isEqualTo("25.10.2026 02:30 +01:00");
        assertThat(en.number(Double.NaN, 2)).isEqualTo("–");
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
