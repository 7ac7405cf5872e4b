package com.winccreports.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FloorPageParserTest {

    private static FloorPageParser parse(String json, int capacity) {
        FloorPageParser parser = new FloorPageParser(capacity);
        parser.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        return parser;
    }

    @Test
    void readsColumnsOfAnAnswerAndGrowsPastItsCapacity() {
        FloorPageParser parser = parse("""
                [{"variableName":"L1.Temperature","values":[
                  {"timestamp":"2026-11-24T05:00:00.000Z","value":72.5,"qualityCode":128,"flags":0},
                  {"timestamp":"2026-11-24T05:00:01.250Z","value":"73","qualityCode":72},
                  {"timestamp":"2026-11-24T06:00:01+01:00","value":-1e3}]}]
                """, 2);

        assertThat(parser.size).isEqualTo(3);
        assertThat(parser.timestamps).startsWith(Instant.parse("2026-11-24T05:00:00Z").toEpochMilli(),
                Instant.parse("2026-11-24T05:00:01.250Z").toEpochMilli(), Instant.parse("2026-11-24T05:00:01Z").toEpochMilli());
        assertThat(parser.values).startsWith(72.5, 73.0, -1000.0);
        assertThat(parser.qualities).startsWith(128, 72, 0xC0);
    }

    @Test
    void failsOnAnItemError() {
        assertThatThrownBy(() -> parse("[{\"variableName\":\"X\",\"error\":\"unknown archive variable\"}]", 4))
                .hasMessageContaining("unknown archive variable");
    }

    @Test
    void fixedTimestampsAgreeWithJavaTimeAcrossLeapYearsAndCenturies() {
        for (String text : new String[] {"1970-01-01T00:00:00.000Z", "2000-02-29T23:59:59.999Z",
                "2024-12-31T12:00:00.001Z", "2100-03-01T00:00:00.000Z", "1969-12-31T23:59:59.000Z"}) {
            char[] chars = ("xx" + text).toCharArray();
            assertThat(FixedTimestamps.epochMillis(chars, 2, text.length()))
                    .as(text).isEqualTo(Instant.parse(text).toEpochMilli());
        }
    }
}
