package com.winccreports.shiftreport.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.winccreports.job.partition.ReadPartition;
import com.winccreports.job.read.EndMarkingReader;
import com.winccreports.shift.aggregate.Interpolation;
import com.winccreports.shift.aggregate.SliceAccumulator;
import com.winccreports.shift.aggregate.TagKind;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.shift.aggregate.TagStatistics;
import com.winccreports.shift.calendar.DayType;
import com.winccreports.shift.calendar.ShiftInstance;
import com.winccreports.shiftreport.ShiftWindow;
import com.winccreports.shiftreport.merge.WindowMerge;
import com.winccreports.shiftreport.staging.StagingMigrations;
import com.winccreports.shiftreport.staging.StagingStore;
import com.winccreports.wincc.ArchivePage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Chunked, shift-cut, restarted partials merge to exactly what one pass over the same values gives. */
class PartialWriterTest {

    static final TagProfile PROFILE = TagProfile.of(TagKind.ANALOG, Interpolation.LINEAR, Duration.ofSeconds(3));
    static final String TAG = "L1.Temperature";
    static final long SHIFT_CUT = 10_000;

    StagingStore store;
    List<ShiftWindow> shifts = List.of(shift(0, 0, SHIFT_CUT), shift(1, SHIFT_CUT, 20_000));
    ReadPartition partition = new ReadPartition(0, "PVArchive", List.of(TAG), Instant.ofEpochMilli(0),
            Instant.ofEpochMilli(20_000));

    @BeforeEach
    void database() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        StagingMigrations.migrate(dataSource);
        store = new StagingStore(jdbc);
    }

    @Test
    void valuesOfOneInstantSplitAcrossPagesAndARestartAreCountedOnce() {
        ArchivePage first = page(new long[] {0, 1000, 2000, 5000, 5000}, new double[] {1, 2, 3, 4, 5});
        ArchivePage second = page(new long[] {5000, 9000, 10_000, 12_000}, new double[] {6, 7, 8, 9});
        ArchivePage third = page(new long[] {15_000, 19_000}, new double[] {10, 11});

        ExecutionContext context = new ExecutionContext();
        PartialWriter writer = writer(context);
        writer.write(Chunk.of(first));
        writer.update(context);
        // the process dies here; a new writer continues from the committed context
        PartialWriter restarted = writer(context);
        restarted.write(Chunk.of(second));
        restarted.update(context);
        restarted.write(Chunk.of(third, EndMarkingReader.END));

        assertSameAsOnePass(0, 0, SHIFT_CUT, new long[] {0, 1000, 2000, 5000, 5000, 5000, 9000},
                new double[] {1, 2, 3, 4, 5, 6, 7});
        assertSameAsOnePass(1, SHIFT_CUT, 20_000, new long[] {10_000, 12_000, 15_000, 19_000},
                new double[] {8, 9, 10, 11});
        assertThat(store.valueCount(1)).isEqualTo(11);
    }

    @Test
    void aChunkWrittenTwiceReplacesItsRows() {
        ExecutionContext context = new ExecutionContext();
        ArchivePage page = page(new long[] {0, 1000, 2000, 11_000}, new double[] {1, 2, 3, 4});
        writer(context).write(Chunk.of(page));
        writer(new ExecutionContext()).write(Chunk.of(page));

        // the first shift's cell is complete (a value of the next shift arrived); the second one is still open
        assertThat(store.partials(1, TAG, 0)).hasSize(1);
        assertThat(store.partials(1, TAG, 1)).isEmpty();
        assertThat(store.valueCount(1)).isEqualTo(3);
    }

    /**
     * The rows a partition stages do not depend on how its values arrive: pages of one value or of all of them,
     * one chunk or many, a restart in between — the same partials and trend buckets, byte for byte.
     */
    @Test
    void theSameValuesInPagesOfAnySizeStageTheSameRowsByteForByte() {
        long[] ts = new long[400];
        double[] vs = new double[400];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = i * 50L;
            vs[i] = 20 + Math.sin(i / 7.0) * 3.141592653589793 + i * 1e-3;
        }
        List<String> reference = null;
        for (int pageSize : new int[] {1, 7, 64, 400}) {
            database();
            ExecutionContext context = new ExecutionContext();
            for (int from = 0; from < ts.length; from += pageSize) {
                int to = Math.min(ts.length, from + pageSize);
                PartialWriter restarted = writer(context);   // a new writer per chunk: every commit is a restart
                restarted.write(Chunk.of(page(java.util.Arrays.copyOfRange(ts, from, to),
                        java.util.Arrays.copyOfRange(vs, from, to))));
                restarted.update(context);
            }
            writer(context).write(Chunk.of(EndMarkingReader.END));
            List<String> staged = new java.util.ArrayList<>();
            for (int shift : new int[] {0, 1}) {
                store.partials(1, TAG, shift).forEach(row -> staged.add(row.windowFrom() + ":" + row.data()));
            }
            store.trend(1, TAG).forEach(b -> staged.add(b.start() + ":" + Double.doubleToRawLongBits(b.sum()) + ":" + b.count()));
            if (reference == null) {
                reference = staged;
            } else {
                assertThat(staged).as("page size %d", pageSize).isEqualTo(reference);
            }
        }
        assertThat(reference).hasSize(2 + 1);   // two shift cells, one trend bucket of a minute
    }

    @Test
    void aPartitionStartedByAVersionBeforeFixedCellsIsNotContinuedWithWrongNumbers() {
        ExecutionContext earlier = new ExecutionContext();
        earlier.put("partial-writer.windows", new java.util.HashMap<String, Object>());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer(earlier))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-000")
                .hasMessageContaining("--reissue");
    }

    private void assertSameAsOnePass(int shift, long from, long to, long[] ts, double[] values) {
        TagStatistics merged = WindowMerge.statistics(WindowMerge.merge(store.partials(1, TAG, shift), from, to, null,
                PROFILE), PROFILE);
        SliceAccumulator single = new SliceAccumulator(from, to, PROFILE);
        single.accept(ts, values, good(ts.length), ts.length);
        TagStatistics expected = WindowMerge.statistics(single.partial(), PROFILE);
        assertThat(merged.count()).isEqualTo(expected.count()).isEqualTo(ts.length);
        assertThat(merged.timeAverage()).isCloseTo(expected.timeAverage(), within(1e-9));
        assertThat(merged.goodMillis()).isEqualTo(expected.goodMillis());
        assertThat(merged.maximum()).isEqualTo(expected.maximum());
    }

    private PartialWriter writer(ExecutionContext context) {
        PartialWriter writer = new PartialWriter(1, partition, shifts, Map.of(TAG, PROFILE), store, values -> { }, 60_000,
                com.winccreports.job.HaltPoints.NONE);
        writer.open(context);
        return writer;
    }

    private static ArchivePage page(long[] ts, double[] values) {
        return new ArchivePage(TAG, ts, values, good(ts.length));
    }

    private static int[] good(int n) {
        int[] q = new int[n];
        java.util.Arrays.fill(q, 0xC0);
        return q;
    }

    private static ShiftWindow shift(int index, long from, long to) {
        Instant start = Instant.ofEpochMilli(from);
        Instant end = Instant.ofEpochMilli(to);
        ShiftInstance instance = new ShiftInstance(LocalDate.of(1970, 1, 1), "S" + index, "S" + index, null, start, end,
                start.atOffset(ZoneOffset.UTC).toLocalDateTime(), end.atOffset(ZoneOffset.UTC).toLocalDateTime(),
                ZoneOffset.UTC, ZoneOffset.UTC, DayType.WORKING, null, List.of());
        return new ShiftWindow(index, instance, from, to);
    }
}
