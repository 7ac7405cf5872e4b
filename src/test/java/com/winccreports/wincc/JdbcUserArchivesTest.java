package com.winccreports.wincc;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.wincc.batch.UserArchiveRecordReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** User archives read from H2 tables shaped like WinCC's {@code UA#<Archive>} tables. */
class JdbcUserArchivesTest {

    private static final Instant DAY = Instant.parse("2026-11-24T05:00:00Z");
    private JdbcDataSource dataSource;
    private JdbcUserArchives archives;

    @BeforeEach
    void createTables() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:ua" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE \"UA#BatchRecords\" (\"ID\" INT PRIMARY KEY, \"BatchId\" VARCHAR(32), "
                    + "\"Line\" VARCHAR(8), \"StartTime\" TIMESTAMP, \"GoodQty\" INT, \"LastAccess\" TIMESTAMP, "
                    + "\"LastUser\" VARCHAR(32))");
            s.execute("CREATE TABLE \"UA#Recipes\" (\"ID\" INT PRIMARY KEY, \"Recipe\" VARCHAR(32))");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO \"UA#BatchRecords\" VALUES (?,?,?,?,?,?,?)")) {
                for (int id = 1; id <= 23; id++) {
                    insert.setInt(1, id);
                    insert.setString(2, "B-" + id);
                    insert.setString(3, id % 2 == 0 ? "L2" : "L1'x");
                    insert.setTimestamp(4, Timestamp.from(DAY.plusSeconds(3600L * id)));
                    insert.setInt(5, 100 * id);
                    insert.setTimestamp(6, Timestamp.from(DAY));
                    insert.setString(7, "op1");
                    insert.executeUpdate();
                }
            }
        }
        archives = new JdbcUserArchives(dataSource, "runtime-db");
    }

    @Test
    void listsTheUserArchivesWithTheirFields() {
        assertThat(archives.archives()).extracting(UserArchives.ArchiveInfo::name)
                .containsExactlyInAnyOrder("BatchRecords", "Recipes");
        UserArchives.ArchiveInfo batches = archives.archives().stream()
                .filter(a -> a.name().equals("BatchRecords")).findFirst().orElseThrow();
        assertThat(batches.fields()).extracting(UserArchives.Field::name).contains("ID", "BatchId", "StartTime");
    }

    @Test
    void filtersWithTypedValuesAndPagesByIdKeyset() {
        RecordFilter filter = RecordFilter.none().and("Line", RecordFilter.Op.EQ, "L1'x")
                .and("StartTime", RecordFilter.Op.GE, DAY.plusSeconds(3600L * 5));
        List<UserArchiveRecord> all = archives.allRecords("BatchRecords", filter);
        assertThat(all).extracting(UserArchiveRecord::id).containsExactly(5L, 7L, 9L, 11L, 13L, 15L, 17L, 19L, 21L, 23L);
        UserArchiveRecord first = all.get(0);
        assertThat(first.getString("batchid")).isEqualTo("B-5");
        assertThat(first.getInstant("StartTime")).isEqualTo(DAY.plusSeconds(5 * 3600));
        assertThat(first.getLong("GoodQty")).isEqualTo(500L);
        UserArchives.RecordPage page = archives.records("BatchRecords", filter, OptionalLong.empty(), 4);
        assertThat(page.next()).hasValue(11L);
    }

    @Test
    void theRecordReaderRestartsWithExactlyTheNextRecord() throws Exception {
        List<Long> expected = archives.allRecords("BatchRecords", RecordFilter.none()).stream()
                .map(UserArchiveRecord::id).toList();
        for (int committed = 0; committed <= expected.size(); committed++) {
            UserArchiveRecordReader first = new UserArchiveRecordReader(archives, "BatchRecords", RecordFilter.none(), 5);
            ExecutionContext context = new ExecutionContext();
            first.open(context);
            List<Long> seen = new ArrayList<>();
            for (int i = 0; i < committed; i++) {
                seen.add(first.read().id());
            }
            first.update(context);
            first.read();
            UserArchiveRecordReader restarted = new UserArchiveRecordReader(archives, "BatchRecords",
                    RecordFilter.none(), 5);
            restarted.open(new ExecutionContext(new java.util.HashMap<>(context.toMap())));
            for (UserArchiveRecord r = restarted.read(); r != null; r = restarted.read()) {
                seen.add(r.id());
            }
            assertThat(seen).as("restart after %d records", committed).isEqualTo(expected);
        }
    }
}
