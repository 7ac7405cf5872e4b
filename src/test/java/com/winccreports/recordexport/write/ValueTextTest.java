package com.winccreports.recordexport.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ValueTextTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theRepeatedAutumnHourKeepsItsTwoOffsets() {
        ValueText text = new ValueText(BERLIN);
        long first = Instant.parse("2026-10-25T00:30:00Z").toEpochMilli();
        long second = Instant.parse("2026-10-25T01:30:00Z").toEpochMilli();

        assertThat(text.local(first)).isEqualTo("2026-10-25T02:30:00.000+02:00");
        assertThat(text.local(second)).isEqualTo("2026-10-25T02:30:00.000+01:00");
        assertThat(text.utc(second)).isEqualTo("2026-10-25T01:30:00.000Z");
    }

    @Test
    void localAndUtcTextAgreeWithJavaTimeAcrossSpringAndAutumnChangesInAnyOrder() {
        ValueText text = new ValueText(BERLIN);
        DateTimeFormatter local = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx");
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
        Random random = new Random(7);
        long from = Instant.parse("1969-12-30T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2040-01-01T00:00:00Z").toEpochMilli();
        for (int i = 0; i < 20_000; i++) {
            long millis = i < 10_000 ? Instant.parse("2026-03-29T00:00:00Z").toEpochMilli() + i * 997L
                    : from + (long) (random.nextDouble() * (to - from));
            Instant at = Instant.ofEpochMilli(millis);
            assertThat(text.local(millis)).isEqualTo(local.format(ZonedDateTime.ofInstant(at, BERLIN)));
            assertThat(text.utc(millis)).isEqualTo(utc.format(at));
        }
    }

    @Test
    void numbersReadBackExactlyAndDoNotFollowTheLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            Random random = new Random(3);
            for (int i = 0; i < 50_000; i++) {
                double value = switch (i % 4) {
                    case 0 -> random.nextDouble() * 1000;
                    case 1 -> Math.round(random.nextGaussian() * 1e6);
                    case 2 -> Double.longBitsToDouble(random.nextLong());
                    default -> random.nextGaussian() * 1e-7;
                };
                if (Double.isNaN(value) || Double.isInfinite(value)) {
                    continue;
                }
                String written = ValueText.number(value);
                assertThat(written).doesNotContain(",");
                assertThat(Double.parseDouble(written)).isEqualTo(value);
            }
            assertThat(ValueText.number(72.5)).isEqualTo("72.5");
            assertThat(ValueText.number(1234.0)).isEqualTo("1234");
            assertThat(ValueText.number(-0.0)).isEqualTo("-0.0");
            assertThat(ValueText.number(Double.NaN)).isEmpty();
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void valuesOfUpToThreeDecimalsAreWrittenAsJavaWritesThemFromAThousandthToTenMillion() {
        Random random = new Random(22400);
        for (int i = 0; i < 3_000_000; i++) {
            long scale = switch (i % 4) {
                case 0 -> 1_000;          // 0.001 .. 1
                case 1 -> 1_000_000;      // .. 1000: most process values
                case 2 -> 100_000_000;    // .. 100000
                default -> 10_000_000_000L; // .. 10 million
            };
            long thousandths = random.nextLong(scale) * (random.nextBoolean() ? 1 : -1);
            double value = i % 5 == 0 ? thousandths / 100 / 10.0 : thousandths / 1000.0;
            assertThat(ValueText.number(value)).as("%s", value).isEqualTo(expected(value));
        }
        for (double edge : new double[] {0.001, -0.001, 0.0015, 0.999, 9_999_999.999, 1e7 + 0.5, 0.1 + 0.2, 1.0 / 3,
                67.833, 1e-4, 123456.7}) {
            assertThat(ValueText.number(edge)).as("%s", edge).isEqualTo(expected(edge));
        }
    }

    /** What the exports wrote before the shortcut: whole numbers as integers, anything else as Java writes it. */
    private static String expected(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
