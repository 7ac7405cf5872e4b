package com.winccreports.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written JSON output agrees with the JDK's own formatting. */
class JsonBufferTest {

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void timestampsMatchTheJdkFormatter() {
        SplittableRandom random = new SplittableRandom(7);
        JsonBuffer out = new JsonBuffer();
        for (int i = 0; i < 5_000; i++) {
            long millis = random.nextLong(Instant.parse("1990-01-01T00:00:00Z").toEpochMilli(),
                    Instant.parse("2100-01-01T00:00:00Z").toEpochMilli());
            out.reset();
            out.timestamp(millis);
            assertThat(text(out)).isEqualTo("\"" + ISO_MILLIS.format(Instant.ofEpochMilli(millis)) + "\"");
        }
    }

    @Test
    void numbersMatchTheirDecimalText() {
        SplittableRandom random = new SplittableRandom(11);
        JsonBuffer out = new JsonBuffer();
        for (long v : new long[] {0, 9, 10, -1, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, Long.MAX_VALUE, Long.MIN_VALUE}) {
            out.reset();
            assertThat(text(out.number(v))).isEqualTo(Long.toString(v));
        }
        for (int i = 0; i < 5_000; i++) {
            long v = random.nextLong() >> random.nextInt(64);
            out.reset();
            assertThat(text(out.number(v))).isEqualTo(Long.toString(v));
        }
    }

    @Test
    void decimalsCarryAtMostThreePlacesAndParseBackToTheRoundedValue() {
        SplittableRandom random = new SplittableRandom(13);
        JsonBuffer out = new JsonBuffer();
        for (int i = 0; i < 5_000; i++) {
            double v = Math.round(random.nextDouble(-100_000, 100_000) * 1000) / 1000.0;
            out.reset();
            String text = text(out.decimal(v));
            assertThat(Double.parseDouble(text)).isEqualTo(v);
            assertThat(new BigDecimal(text).scale()).isLessThanOrEqualTo(3);
        }
        out.reset();
        assertThat(text(out.decimal(72.5).raw(',').decimal(3).raw(',').decimal(-0.25).raw(',').decimal(Double.NaN)))
                .isEqualTo("72.5,3,-0.25,null");
    }

    @Test
    void stringsAreEscapedAndUtf8() {
        JsonBuffer out = new JsonBuffer();
        out.string("°C \"quoted\" back\\slash\n\u0001 😀");
        assertThat(text(out)).isEqualTo("\"°C \\\"quoted\\\" back\\\\slash\\u000a\\u0001 😀\"");
    }

    private static String text(JsonBuffer out) {
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }
}
