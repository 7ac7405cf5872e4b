package com.winccreports.recordexport.rows;

import java.util.Optional;
import com.winccreports.shift.aggregate.TagKind;
import com.winccreports.shift.aggregate.Interpolation;
import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.recordexport.plan.ExportTag;
import com.winccreports.recordexport.staging.ExportStagingSchema;
import com.winccreports.recordexport.staging.ExportStore;
import com.winccreports.shift.aggregate.Aggregate;
import com.winccreports.shift.aggregate.Quality;
import com.winccreports.shift.aggregate.Sample;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.wincc.ArchivePage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Staged blocks read back through cursors (a real H2 database): the raw merge is in time order whatever order
 * the blocks were staged in, and the aligned windows leave a gap empty and flagged (or bridged and marked).
 */
class StagedRowsTest {

    private static final TagProfile ANALOG_1S = TagProfile.of(TagKind.ANALOG, Interpolation.LINEAR, Duration.ofSeconds(3));
    private static final ExportTag A = new ExportTag(0, "L1.A", "PVArchive", Optional.of(Duration.ofSeconds(1)),
            ANALOG_1S, true);
    private static final ExportTag B = new ExportTag(1, "L1.B", "PVArchive", Optional.of(Duration.ofSeconds(1)),
            ANALOG_1S, true);

    private ExportStore store;
    private long instance;

    @BeforeEach
    void database() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:staged-rows-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        ExportStagingSchema.create(dataSource);
        store = new ExportStore(new JdbcTemplate(dataSource));
        instance = 42;
    }

    @Test
    void rawRowsComeInTimeOrderTagsAtOneInstantInExportOrderWhateverTheStagingOrder() {
        // partition 1 (the later slice) staged before partition 0; tag B before tag A
        stage(1, B, 0, page(B, new long[] {4000, 5000}, 20));
        stage(1, A, 0, page(A, new long[] {4000, 4000, 6000}, 10));
        stage(0, B, 1, page(B, new long[] {2000, 3000}, 30));
        stage(0, B, 0, page(B, new long[] {0, 1000}, 40));
        stage(0, A, 0, page(A, new long[] {1000, 3000}, 50));
        List<String> rows = new ArrayList<>();

        long count = RawRows.stream(List.of(cursor(A), cursor(B)),
                (tag, t, v, q, same) -> rows.add(t + " " + tag.name() + " " + v + (same ? " same" : "")));

        assertThat(count).isEqualTo(11);
        assertThat(rows).containsExactly("0 L1.B 40.0", "1000 L1.A 50.0", "1000 L1.B 41.0", "2000 L1.B 30.0",
                "3000 L1.A 51.0", "3000 L1.B 31.0", "4000 L1.A 10.0", "4000 L1.A 11.0 same", "4000 L1.B 20.0",
                "5000 L1.B 21.0", "6000 L1.A 12.0");
    }

    @Test
    void manyTagsMergeIntoTheOrderOfAStableSortByTimeThenTagWhateverOrderTheyWereStagedIn() {
        Random random = new Random(20261203);
        List<ExportTag> tags = new ArrayList<>();
        List<long[]> expected = new ArrayList<>(); // {time, tag, value}
        for (int index = 0; index < 11; index++) {
            ExportTag tag = new ExportTag(index, "L1.T" + index, "PVArchive", Optional.of(Duration.ofSeconds(1)),
                    ANALOG_1S, true);
            tags.add(tag);
            for (int partition = 0; partition < 2; partition++) {
                long[] times = new long[1 + random.nextInt(40)];
                long t = partition * 100_000L;
                for (int i = 0; i < times.length; i++) {
                    t += random.nextInt(3) * 1000L; // repeats, shared instants and single tags alike
                    times[i] = t;
                }
                int first = index * 1000 + partition * 100;
                stage(partition, tag, 0, page(tag, times, first));
                for (int i = 0; i < times.length; i++) {
                    expected.add(new long[] {times[i], index, first + i});
                }
            }
        }
        expected.sort(java.util.Comparator.<long[]>comparingLong(r -> r[0]).thenComparingLong(r -> r[1]));
        List<String> rows = new ArrayList<>();

        List<TagCursor> cursors = new ArrayList<>(tags.stream().map(this::cursor).toList());
        java.util.Collections.reverse(cursors); // the order of the cursors does not decide the order of the rows
        RawRows.stream(cursors,
                (tag, t, v, q, same) -> rows.add(t + " " + tag.index() + " " + (long) v));

        assertThat(rows).containsExactlyElementsOf(expected.stream().map(r -> r[0] + " " + r[1] + " " + r[2]).toList());
    }

    @Test
    void aWindowWithoutValuesIsLeftEmptyAndFlaggedUnlessInterpolationIsAskedThenMarked() {
        long[] times = new long[120];
        for (int i = 0; i < 60; i++) {
            times[i] = i * 1000L;           // minute 0: every second
            times[60 + i] = 180_000 + i * 1000L; // minute 3; minutes 1 and 2 have nothing
        }
        stage(0, A, 0, page(A, times, 0));
        Map<Integer, Sample> after = Map.of(0, new Sample(240_000, 500, Quality.GOOD));

        List<double[]> plain = new ArrayList<>();
        List<String> plainFlags = new ArrayList<>();
        aligned(false, after, plain, plainFlags);
        List<double[]> bridged = new ArrayList<>();
        List<String> bridgedFlags = new ArrayList<>();
        aligned(true, after, bridged, bridgedFlags);

        assertThat(plain).hasSize(4);
        assertThat(plain.get(0)[1]).isEqualTo(60);
        assertThat(plainFlags).containsExactly("", "gap", "gap", "");
        assertThat(plain.get(2)[0]).as("a window wholly in the gap stays empty").isNaN();
        assertThat(plain.get(2)[1]).isZero();
        assertThat(bridgedFlags).containsExactly("", "gap+interpolated", "gap+interpolated", "");
        // bridged between the last value before the gap (59 at 59 s) and the first after it (60 at 180 s)
        assertThat(bridged.get(2)[0]).isBetween(59.0, 60.0);
        assertThat(bridged.get(0)[0]).isEqualTo(plain.get(0)[0]);
        assertThat(bridged.get(3)[0]).isEqualTo(plain.get(3)[0]);
    }

    /** Minute windows of tag A over four minutes: time average and count, cells and flags collected. */
    private void aligned(boolean interpolate, Map<Integer, Sample> after, List<double[]> cells, List<String> flags) {
        AlignedRows.stream(0, 240_000, Duration.ofMinutes(1), List.of(cursor(A)),
                List.of(List.of(Aggregate.TIME_AVERAGE, Aggregate.COUNT)), Map.of(), after, interpolate,
                (start, end, row, rowFlags) -> {
                    cells.add(row.clone());
                    flags.add(rowFlags[0]);
                });
    }

    private TagCursor cursor(ExportTag tag) {
        return new TagCursor(store, instance, tag, List.of(0, 1), page -> { });
    }

    private void stage(int partition, ExportTag tag, int seq, ArchivePage page) {
        store.replaceBlocks(instance, List.of(new ExportStore.Block(partition, tag.index(), seq, page)));
    }

    private static ArchivePage page(ExportTag tag, long[] times, double first) {
        double[] values = new double[times.length];
        int[] qualities = new int[times.length];
        for (int i = 0; i < times.length; i++) {
            values[i] = first + i;
            qualities[i] = Quality.GOOD;
        }
        return new ArchivePage(tag.name(), times, values, qualities);
    }
}
