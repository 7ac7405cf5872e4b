package com.winccreports.shiftreport.read;

import com.winccreports.job.HaltPoints;
import com.winccreports.job.partition.ReadPartition;
import com.winccreports.job.read.EndMarkingReader;
import com.winccreports.shift.aggregate.Quality;
import com.winccreports.shift.aggregate.SliceAccumulator;
import com.winccreports.shift.aggregate.TagKind;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.shiftreport.ShiftWindow;
import com.winccreports.shiftreport.staging.PartialRow;
import com.winccreports.shiftreport.staging.StagingStore;
import com.winccreports.shiftreport.staging.TrendRow;
import com.winccreports.wincc.ArchivePage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns a partition's pages into partial aggregates and stages them in the chunk transactions. The partition is
 * cut into fixed cells ({@link PartitionCells}: at shift boundaries and the boundaries of planned breaks, and
 * the time between shifts); each tag's values feed one accumulator per cell, carried from commit to commit as a
 * snapshot in the step execution context, and a cell becomes one {@link PartialRow} when it is complete. So the
 * partials, and every sum in them, are the same whatever the server's page size or the chunk size, and a chunk
 * run again after a crash writes the same keys and replaces, never adds. Trend buckets (analog tags and
 * setpoints) are staged the same way: one row per bucket and cell, once the bucket is complete.
 */
public class PartialWriter implements ItemStreamWriter<ArchivePage> {

    private static final String STATE = "partial-writer.cells";
    /** Where versions before fixed cells kept their windows: such a partition cannot be continued. */
    private static final String EARLIER_STATE = "partial-writer.windows";
    private static final String CHUNKS = "partial-writer.chunks";
    static final String VALUES_READ = "values.read";

    private final long instanceId;
    private final ReadPartition partition;
    private final List<PartitionCells.Cell> cells;
    private final Map<String, TagProfile> profiles;
    private final StagingStore store;
    private final LongConsumer valuesRead;
    private final long trendResolution;
    private final HaltPoints haltPoints;
    private final Map<String, TagCell> open = new HashMap<>();
    private long valuesTotal;
    private int chunks;

    /**
     * @param trendResolution width of the trend buckets staged for analog tags and setpoints (ms); 0: none
     * @param haltPoints      passed after each committed chunk ({@link HaltPoints#chunkCommitted})
     */
    public PartialWriter(long instanceId, ReadPartition partition, List<ShiftWindow> shifts,
            Map<String, TagProfile> profiles, StagingStore store, LongConsumer valuesRead, long trendResolution,
            HaltPoints haltPoints) {
        this.instanceId = instanceId;
        this.partition = partition;
        this.cells = PartitionCells.of(partition.from().toEpochMilli(), partition.to().toEpochMilli(), shifts);
        this.profiles = profiles;
        this.store = store;
        this.valuesRead = valuesRead;
        this.trendResolution = trendResolution;
        this.haltPoints = haltPoints;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void open(ExecutionContext context) {
        if (context.containsKey(EARLIER_STATE)) {
            throw new IllegalStateException("partition " + partition.name() + " was read by an earlier version of "
                    + "wincc-reports and cannot be continued by this one; run the period again (run ... --reissue)");
        }
        open.clear();
        if (context.containsKey(STATE)) {
            ((Map<String, OpenCell>) context.get(STATE)).forEach((tag, state) -> open.put(tag, TagCell.of(state,
                    profiles.get(tag))));
        }
        valuesTotal = context.getLong(VALUES_READ, 0L);
        chunks = context.getInt(CHUNKS, 0);
    }

    @Override
    public void update(ExecutionContext context) {
        HashMap<String, OpenCell> state = new HashMap<>();
        open.forEach((tag, cell) -> state.put(tag, cell.state()));
        context.put(STATE, state);
        context.putLong(VALUES_READ, valuesTotal);
        context.putInt(CHUNKS, chunks);
    }

    @Override
    public void write(Chunk<? extends ArchivePage> chunk) {
        List<PartialRow> rows = new ArrayList<>();
        List<TrendRow> trends = new ArrayList<>();
        long values = 0;
        for (ArchivePage page : chunk) {
            if (page == EndMarkingReader.END) {
                partition.tags().forEach(tag -> closeAll(tag, rows, trends));
                continue;
            }
            values += page.size();
            advance(page, rows, trends);
        }
        if (!rows.isEmpty()) {
            store.replacePartials(instanceId, rows);
        }
        if (!trends.isEmpty()) {
            store.replaceTrends(instanceId, trends);
        }
        valuesTotal += values;
        chunks++;
        afterCommit(values, HaltPoints.chunkCommitted(partition.name(), chunks));
    }

    /** Progress counts, and the crash drill's halt point, only once the chunk is durable. */
    private void afterCommit(long values, String haltPoint) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            valuesRead.accept(values);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                valuesRead.accept(values);
                haltPoints.reached(haltPoint);
            }
        });
    }

    /** Feeds a page, value run by value run, into the cells its values fall in; completed cells become rows. */
    private void advance(ArchivePage page, List<PartialRow> rows, List<TrendRow> trends) {
        TagCell tag = open.computeIfAbsent(page.tag(), t -> TagCell.of(OpenCell.first(), profiles.get(t)));
        long[] ts = page.timestampsMillis();
        int i = 0;
        while (i < page.size()) {
            while (tag.cell < cells.size() && ts[i] >= cells.get(tag.cell).end()) {
                close(page.tag(), tag, rows, trends);
            }
            if (tag.cell == cells.size() || ts[i] < cells.get(tag.cell).start()) {
                throw new IllegalStateException("value of " + page.tag() + " at " + ts[i] + " lies outside partition "
                        + partition.name() + " [" + partition.from() + ", " + partition.to() + ")");
            }
            PartitionCells.Cell cell = cells.get(tag.cell);
            int j = i;
            while (j < page.size() && ts[j] < cell.end()) {
                j++;
            }
            tag.accumulator(cell).accept(slice(ts, i, j), slice(page.values(), i, j), slice(page.qualities(), i, j),
                    j - i);
            if (trended(page.tag())) {
                buckets(page, i, j, tag, cell, trends);
            }
            i = j;
        }
    }

    private void closeAll(String tag, List<PartialRow> rows, List<TrendRow> trends) {
        TagCell cell = open.computeIfAbsent(tag, t -> TagCell.of(OpenCell.first(), profiles.get(t)));
        while (cell.cell < cells.size()) {
            close(tag, cell, rows, trends);
        }
    }

    /** Stages the open cell of {@code tag} (empty if no value fell in it) and moves on to the next. */
    private void close(String tagName, TagCell tag, List<PartialRow> rows, List<TrendRow> trends) {
        PartitionCells.Cell cell = cells.get(tag.cell);
        var partial = tag.accumulator(cell).partial();
        rows.add(new PartialRow(tagName, cell.shiftIndex(), cell.start(), cell.end(), partial.count(),
                partial.encode()));
        tag.flushBucket(tagName, cell, trends);
        tag.cell++;
        tag.accumulator = null;
    }

    private boolean trended(String tag) {
        TagKind kind = profiles.get(tag).tagKind();
        return trendResolution > 0 && (kind == TagKind.ANALOG || kind == TagKind.SETPOINT);
    }

    /** Sums the usable values {@code [i, j)} into trend buckets, staging every bucket that is complete. */
    private void buckets(ArchivePage page, int i, int j, TagCell tag, PartitionCells.Cell cell, List<TrendRow> trends) {
        for (int k = i; k < j; k++) {
            long start = Math.floorDiv(page.timestampsMillis()[k], trendResolution) * trendResolution;
            if (start != tag.bucketStart) {
                tag.flushBucket(page.tag(), cell, trends);
                tag.bucketStart = start;
            }
            if (Quality.isUsable(page.qualities()[k])) {
                tag.bucketSum += page.values()[k];
                tag.bucketCount++;
            }
        }
    }

    private static long[] slice(long[] a, int from, int to) {
        return from == 0 && to == a.length ? a : Arrays.copyOfRange(a, from, to);
    }

    private static double[] slice(double[] a, int from, int to) {
        return from == 0 && to == a.length ? a : Arrays.copyOfRange(a, from, to);
    }

    private static int[] slice(int[] a, int from, int to) {
        return from == 0 && to == a.length ? a : Arrays.copyOfRange(a, from, to);
    }

    /** The live state of one tag: its open cell's accumulator (made on first use) and trend bucket. */
    private static final class TagCell {
        private final TagProfile profile;
        private int cell;
        private SliceAccumulator accumulator;
        private long bucketStart;
        private double bucketSum;
        private long bucketCount;

        private TagCell(TagProfile profile) {
            this.profile = profile;
        }

        static TagCell of(OpenCell state, TagProfile profile) {
            TagCell tag = new TagCell(profile);
            tag.cell = state.cell();
            tag.accumulator = state.accumulator() == null ? null : SliceAccumulator.resume(state.accumulator(), profile);
            tag.bucketStart = state.bucketStart();
            tag.bucketSum = state.bucketSum();
            tag.bucketCount = state.bucketCount();
            return tag;
        }

        OpenCell state() {
            return new OpenCell(cell, accumulator == null ? null : accumulator.snapshot(), bucketStart, bucketSum,
                    bucketCount);
        }

        SliceAccumulator accumulator(PartitionCells.Cell of) {
            if (accumulator == null) {
                accumulator = new SliceAccumulator(of.start(), of.end(), profile);
            }
            return accumulator;
        }

        /** Stages the open bucket's part in {@code cell}, keyed by where that part starts. */
        void flushBucket(String tag, PartitionCells.Cell cell, List<TrendRow> trends) {
            if (bucketCount > 0) {
                trends.add(new TrendRow(tag, Math.max(bucketStart, cell.start()), bucketStart, bucketSum, bucketCount));
            }
            bucketStart = Long.MIN_VALUE;
            bucketSum = 0;
            bucketCount = 0;
        }
    }
}
