package com.winccreports.wincc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsoTimestampsTest {

    @Test
    void parsesUtcWithMillisLikeInstantParse() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            long millis = random.nextLong(-2_000_000_000_000L, 8_000_000_000_000L);
            String text = DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(millis));
            assertThat(IsoTimestamps.parseMillis(text)).as(text).isEqualTo(Instant.parse(text).toEpochMilli());
            assertThat(IsoTimestamps.parseMillis(IsoTimestamps.format(millis))).isEqualTo(millis);
        }
    }

    @Test
    void acceptsOffsetsAndZoneLessAsUtc() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 5_000; i++) {
            long millis = random.nextLong(0, 4_000_000_000_000L);
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-12 * 4, 14 * 4) * 900);
            String withOffset = OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis), offset)
                    .format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx"));
            assertThat(IsoTimestamps.parseMillis(withOffset)).as(withOffset).isEqualTo(millis);
        }
        assertThat(IsoTimestamps.parseMillis("2026-11-24T06:00:00.250")).isEqualTo(
                LocalDateTime.of(2026, 11, 24, 6, 0, 0, 250_000_000).toInstant(ZoneOffset.UTC).toEpochMilli());
        assertThat(IsoTimestamps.parseMillis("2026-11-24T07:00:00+0100"))
                .isEqualTo(Instant.parse("2026-11-24T06:00:00Z").toEpochMilli());
        assertThat(IsoTimestamps.parseMillis("2026-11-24 06:00:00Z"))
                .isEqualTo(Instant.parse("2026-11-24T06:00:00Z").toEpochMilli());
    }

    @Test
    void truncatesFractionsBeyondMillis() {
        assertThat(IsoTimestamps.parseMillis("2026-11-24T06:00:00.1239999Z"))
                .isEqualTo(Instant.parse("2026-11-24T06:00:00.123Z").toEpochMilli());
    }

    @Test
    void fallsBackToGeneralParserForUnusualForms() {
        assertThat(IsoTimestamps.parseMillis("2026-11-24T06:00Z"))
                .isEqualTo(Instant.parse("2026-11-24T06:00:00Z").toEpochMilli());
        assertThat(IsoTimestamps.parseMillis("2026-11-24T07:00:00+01:00[Europe/Berlin]"))
                .isEqualTo(Instant.parse("2026-11-24T06:00:00Z").toEpochMilli());
    }

    @Test
    void rejectsNonsenseWithTheText() {
        assertThatThrownBy(() -> IsoTimestamps.parseMillis("yesterday")).hasMessageContaining("'yesterday'");
        assertThatThrownBy(() -> IsoTimestamps.parseMillis("2026-02-30T00:00:00Z")).isInstanceOf(
                IllegalArgumentException.class);
    }
}
