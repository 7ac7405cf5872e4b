package com.winccreports.wincc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveValuesParserTest {

    private final ArchiveValuesParser parser = new ArchiveValuesParser(4);

    private List<TagResult> parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static long ms(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void readsTheContractExampleWithItsPerItemError() {
        List<TagResult> results = parse("""
                [ {"variableName":"L1.Temperature",
                   "values":[{"timestamp":"2026-11-24T06:00:00.000Z","value":72.5,"qualityCode":128,"flags":0}]},
                  {"variableName":"No.Such.Tag","error":"unknown archive variable"} ]""");
        assertThat(results).hasSize(2);
        ArchivePage page = ((TagResult.Values) results.get(0)).page();
        assertThat(page).isEqualTo(new ArchivePage("L1.Temperature", new long[] {ms("2026-11-24T06:00:00Z")},
                new double[] {72.5}, new int[] {128}));
        assertThat(results.get(1)).isEqualTo(new TagResult.Error("No.Such.Tag", "unknown archive variable"));
    }

    @Test
    void toleratesStringsUnknownFieldsWrappingAndFieldOrder() {
        List<TagResult> results = parse("""
                {"archiveName":"PVArchive","extra":{"a":[1,2]},"items":[
                  {"values":[{"flags":3,"value":"1.5","timestamp":"2026-11-24T07:00:00+01:00","qualityCode":"192",
                              "comment":{"x":[{}]}},
                             {"timestamp":"2026-11-24T06:00:01.000Z","value":true,"qualityCode":64},
                             {"timestamp":"2026-11-24T06:00:02.000","value":"2,5"},
                             {"timestamp":"2026-11-24T06:00:03.000Z","value":7,"qualityCode":0}],
                   "variableName":"L1.Speed","archiveName":"PVArchive"}]}""");
        ArchivePage page = ((TagResult.Values) results.get(0)).page();
        assertThat(page.tag()).isEqualTo("L1.Speed");
        assertThat(page.values()).containsExactly(1.5, 1.0, 2.5, 7.0);
        assertThat(page.timestampsMillis()).containsExactly(ms("2026-11-24T06:00:00Z"), ms("2026-11-24T06:00:01Z"),
                ms("2026-11-24T06:00:02Z"), ms("2026-11-24T06:00:03Z"));
        assertThat(page.qualities()).containsExactly(192, 64, ArchivePage.QUALITY_ASSUMED_GOOD, 0);
        assertThat(page.qualityUnknownCount()).isEqualTo(1);
    }

    @Test
    void growsColumnsBeyondTheExpectedSize() {
        StringBuilder json = new StringBuilder("[{\"variableName\":\"T\",\"values\":[");
        for (int i = 0; i < 1000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"timestamp\":\"").append(IsoTimestamps.format(i * 1000L))
                    .append("\",\"value\":").append(i).append(",\"qualityCode\":128}");
        }
        ArchivePage page = ((TagResult.Values) parse(json.append("]}]").toString()).get(0)).page();
        assertThat(page.size()).isEqualTo(1000);
        assertThat(page.timestampsMillis()[999]).isEqualTo(999_000L);
        assertThat(page.values()[999]).isEqualTo(999.0);
    }

    @Test
    void aValueWithoutTimestampNamesTheTag() {
        assertThatThrownBy(() -> parse("[{\"variableName\":\"L1.Power\",\"values\":[{\"value\":1}]}]"))
                .isInstanceOf(MalformedAnswerException.class).hasMessageContaining("L1.Power")
                .hasMessageContaining("no timestamp");
    }

    @Test
    void truncatedJsonIsAMalformedAnswer() {
        assertThatThrownBy(() -> parse("[{\"variableName\":\"L1.Power\",\"values\":[{\"timestamp\":\"2026-11-2"))
                .isInstanceOf(MalformedAnswerException.class);
        assertThatThrownBy(() -> parse("[{\"variableName\":\"L1.Power\",\"values\":[{\"timestamp\":"))
                .isInstanceOf(MalformedAnswerException.class);
    }

    @Test
    void anErrorObjectBecomesItsText() {
        List<TagResult> results = parse("[{\"variableName\":\"X\",\"error\":{\"code\":5,\"description\":\"locked\"}}]");
        assertThat(results).containsExactly(new TagResult.Error("X", "5 locked"));
    }
}
