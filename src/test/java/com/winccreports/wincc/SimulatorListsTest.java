package com.winccreports.wincc;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.simulator.SimulatorServer;
import com.winccreports.wincc.batch.UserArchiveRecordReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Lists, REST user archives and alarms over real HTTP against the simulator. */
class SimulatorListsTest {

    private static SimulatorServer sim;
    private static WinccClient client;

    @BeforeAll
    static void start() {
        sim = SimulatorFixture.start();
        client = SimulatorFixture.client(sim, 1000);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void listsArchivesAndTheirTags() {
        assertThat(client.archives()).contains("PVArchive", "PVArchive10s", "PVArchive1min");
        assertThat(client.archiveVariables("PVArchive")).contains("L1.Temperature", "L2.MachineState")
                .doesNotContain("L1.Vibration");
    }

    @Test
    void readsUserArchiveRecordsWithATypedFilterAcrossPages() throws Exception {
        assertThat(client.userArchives().archives()).extracting(UserArchives.ArchiveInfo::name)
                .contains("BatchRecords", "Recipes");
        Instant since = SimulatorFixture.NOW.minus(Duration.ofDays(3));
        RecordFilter filter = RecordFilter.none().and("Line", RecordFilter.Op.EQ, "L1")
                .and("StartTime", RecordFilter.Op.GE, since);
        List<UserArchiveRecord> all = client.userArchives().allRecords("BatchRecords", filter);
        assertThat(all).isNotEmpty().allMatch(r -> r.getString("Line").equals("L1"))
                .allMatch(r -> !r.getInstant("StartTime").isBefore(since));
        List<UserArchiveRecord> everything = client.userArchives().allRecords("BatchRecords", RecordFilter.none());
        assertThat(all).isEqualTo(everything.stream().filter(r -> r.getString("Line").equals("L1"))
                .filter(r -> !r.getInstant("StartTime").isBefore(since)).toList());
        UserArchiveRecordReader reader = new UserArchiveRecordReader(client.userArchives(), "BatchRecords", filter, 3);
        reader.open(new ExecutionContext());
        List<UserArchiveRecord> paged = new ArrayList<>();
        for (UserArchiveRecord r = reader.read(); r != null; r = reader.read()) {
            paged.add(r);
        }
        assertThat(paged).isEqualTo(all);
    }

    @Test
    void alarmsOfAPeriodAreKeptInsideItAndACappedAnswerIsTruncated() {
        assertThat(client.alarms().restFilters()).contains("AllAlarms", "Downtime");
        Instant from = Instant.parse("2026-11-24T21:00:00Z");
        Instant to = Instant.parse("2026-11-25T05:00:00Z");
        AlarmClient.AlarmResult all = client.alarms().read(AlarmClient.AlarmList.LONG_TERM_ARCHIVE, "Last24h",
                from, to, 1000);
        assertThat(all.truncated()).isFalse();
        assertThat(all.messages()).isNotEmpty()
                .allMatch(m -> !m.timestamp().isBefore(from) && m.timestamp().isBefore(to));
        AlarmClient.AlarmResult capped = client.alarms().read(AlarmClient.AlarmList.LONG_TERM_ARCHIVE, "AllAlarms",
                from, to, 5);
        assertThat(capped.truncated()).isTrue();
    }
}
