package com.winccreports.wincc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Continuation-point lists (wrapped and bare), REST user archives and alarm lists against a stub server. */
class RestListsAndAlarmsTest {

    private StubWinccServer server;
    private WinccClient client;

    @BeforeEach
    void start() throws Exception {
        server = new StubWinccServer();
        client = new WinccClientFactory(Map.of(), new VirtualTicker()).create(SourceSettings.withDefaults("stub",
                server.baseUri(), new Credentials("u", "p".toCharArray())), null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void wrappedListsFollowTheContinuationPointUnchanged() {
        server.answer("/tagLogging/Archives", "{\"items\":[{\"name\":\"PVArchive\"},{\"name\":\"PVArchive10s\"}]}");
        assertThat(client.archives()).containsExactly("PVArchive", "PVArchive10s");
        RequestScope scope = RequestScope.of("stub", null);
        ListPage page = ContinuationPager.interpret(JsonBodies.MAPPER.readTree(
                "{\"items\":[1,2],\"continuationPoint\":777}"), 0, 2, scope);
        assertThat(page.next()).hasValue(777);
        assertThat(ContinuationPager.interpret(JsonBodies.MAPPER.readTree("{\"items\":[1]}"), 777, 2, scope).next())
                .isEmpty();
    }

    @Test
    void bareArraysContinueAtPreviousPlusSizeWhileFull() {
        RequestScope scope = RequestScope.of("stub", null);
        assertThat(ContinuationPager.interpret(JsonBodies.MAPPER.readTree("[1,2,3]"), 6, 3, scope).next()).hasValue(9);
        assertThat(ContinuationPager.interpret(JsonBodies.MAPPER.readTree("[1,2]"), 9, 3, scope).next()).isEmpty();
        server.answer("/tagLogging/Archive/PVArchive/Variables", "[\"L1.Temperature\",{\"variableName\":\"L1.Power\"}]");
        assertThat(client.archiveVariables("PVArchive")).containsExactly("L1.Temperature", "L1.Power");
    }

    @Test
    void aTagLeftWithoutAValueInASharedBoundingRequestIsAskedAgainAlone() {
        // a server that counts maxValues per request, not per variable: one value for the first tag only
        server.answer("/tagLogging/Archive/PVArchive/Values", """
                [ {"variableName":"L1.Power","values":[{"timestamp":"2026-11-24T05:59:59.000Z","value":41.5,"qualityCode":192}]},
                  {"variableName":"L1.Speed","values":[]} ]""");
        Instant at = Instant.parse("2026-11-24T06:00:00Z");
        Map<String, BoundingValue> bounds = client.boundingValues("PVArchive", List.of("L1.Power", "L1.Speed"), at);
        assertThat(bounds.get("L1.Power")).isEqualTo(new BoundingValue.Found("L1.Power",
                Instant.parse("2026-11-24T05:59:59Z").toEpochMilli(), 41.5, 192));
        assertThat(bounds.get("L1.Speed")).isInstanceOf(BoundingValue.NoneFound.class);
        assertThat(server.requests()).as("the shared request, then L1.Speed alone").hasSize(2);
    }

    @Test
    void restUserArchivesSendTheTypedFilterAndReadRecords() {
        server.answer("/userArchive/Archive/BatchRecords/Records", "{\"items\":[{\"ID\":4,\"BatchId\":\"B-4\","
                + "\"StartTime\":\"2026-11-24T08:00:00.000Z\",\"GoodQty\":\"120\"}],\"continuationPoint\":500}");
        RecordFilter filter = RecordFilter.none().and("Line", RecordFilter.Op.EQ, "L1");
        UserArchives.RecordPage page = client.userArchives().records("BatchRecords", filter, OptionalLong.empty(), 500);
        assertThat(page.next()).hasValue(500);
        UserArchiveRecord record = page.records().get(0);
        assertThat(record.id()).isEqualTo(4);
        assertThat(record.getLong("GoodQty")).isEqualTo(120);
        assertThat(record.getInstant("StartTime")).isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
        assertThat(server.requests().get(0)).contains("filter=Line+%3D+%27L1%27").contains("orderBy=ID")
                .contains("continuationPoint=0").contains("itemLimit=500");
    }

    @Test
    void alarmsKeepOnlyThePeriodAndFlagACappedAnswerAsTruncated() {
        server.answer("/alarmLogging/LongTermArchive/Downtime", """
                [{"msgNo":1001,"state":1,"timestamp":"2026-11-24T05:59:59.000Z","className":"Error","priority":2},
                 {"msgNo":1002,"state":1,"timestamp":"2026-11-24T06:00:00.000Z","className":"Error","priority":"2",
                  "text1":"L1 down","pValue1":"4","computerName":"SCADA1","userName":"op1"},
                 {"msgNo":1003,"state":2,"timestamp":"2026-11-24T14:00:00.000Z","className":"Error"}]""");
        Instant from = Instant.parse("2026-11-24T06:00:00Z");
        Instant to = Instant.parse("2026-11-24T14:00:00.001Z");
        AlarmClient.AlarmResult result = client.alarms().read(AlarmClient.AlarmList.LONG_TERM_ARCHIVE, "Downtime",
                from, to, 3);
        assertThat(result.messages()).extracting(AlarmMessage::msgNo).containsExactly(1002L, 1003L);
        assertThat(result.messages().get(0)).isEqualTo(new AlarmMessage(1002, 1, from, "Error", 2, "L1 down", "4",
                "SCADA1", "op1"));
        assertThat(result.received()).isEqualTo(3);
        assertThat(result.truncated()).as("capped, and nothing after the period shows it whole").isTrue();
        Instant late = Instant.parse("2026-11-24T13:59:59Z");
        assertThat(client.alarms().read(AlarmClient.AlarmList.LONG_TERM_ARCHIVE, "Downtime", from, late, 3)
                .truncated()).as("capped, but it reaches past both ends of the period").isFalse();
        assertThat(client.alarms().read(AlarmClient.AlarmList.LONG_TERM_ARCHIVE, "Downtime", from, to, 1000)
                .truncated()).isFalse();
        assertThat(server.requests().get(0)).contains("maxValues=3")
                .contains("timeFrom=2026-11-24T06:00:00.000Z").contains("timeTo=2026-11-24T14:00:00.001Z");
    }

    @Test
    void basicAuthIsSentAndTheClientNeverWrites() {
        server.answer("/tagLogging/Archives", "[]");
        client.archives();
        assertThat(server.requests()).allMatch(r -> r.contains("auth=Basic dTpw"))
                .allMatch(r -> r.startsWith("GET ") || r.startsWith("POST "));
        assertThat(List.of(WinccClient.class.getMethods())).extracting(java.lang.reflect.Method::getName)
                .noneMatch(n -> n.startsWith("write") || n.startsWith("put") || n.startsWith("delete"));
    }

    @Test
    void gzipAnswersAreDecodedAndStubFaultsAreRetried() {
        server.gzip(true);
        server.put("T", new long[] {1000, 2000, 3000}, new double[] {1.5, 2.5, 3.5});
        server.fault(new StubWinccServer.Fault(503, StubWinccServer.headers("Retry-After", "1"), "busy"));
        ArchivePage page = client.readWindow("PVArchive", "T", Instant.EPOCH, Instant.ofEpochSecond(10));
        assertThat(page.values()).containsExactly(1.5, 2.5, 3.5);
        assertThat(page.timestampsMillis()).containsExactly(1000, 2000, 3000);
        assertThat(server.requests().size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anAlarmWithoutTimestampIsAClearError() {
        server.answer("/alarmLogging/MessageList/All", "{\"items\":[{\"msgNo\":7}]}");
        assertThatThrownBy(() -> client.alarms().read(AlarmClient.AlarmList.MESSAGE_LIST, "All", Instant.EPOCH,
                Instant.now(java.time.Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), java.time.ZoneOffset.UTC)), 10))
                .hasMessageContaining("alarm message 7 has no timestamp").hasMessageContaining("alarm filter All");
    }
}
