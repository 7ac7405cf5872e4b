package com.winccreports.shiftreport.read;

import com.winccreports.job.HaltPoints;
import com.winccreports.job.partition.ReadPartition;
import com.winccreports.job.read.EndMarkingReader;
import com.winccreports.shift.aggregate.SliceAccumulator;
import com.winccreports.shift.aggregate.TagKind;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.shiftreport.ShiftWindow;
import com.winccreports.shiftreport.staging.PartialRow;
import com.winccreports.shiftreport.staging.StagingStore;
import com.winccreports.shiftreport.staging.TrendRow;
import com.winccreports.wincc.ArchivePage;
import java.util.ArrayList;
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
 * Turns a chunk of pages into partial aggregates and stages them in the chunk's transaction. For each tag,
 * the values before the newest instant read so far form a window {@code [cursor, newest)}, cut at shift
 * boundaries; each piece becomes one {@link PartialRow} keyed by its start, so a chunk run again after a crash
 * writes the same keys and replaces, never adds. The windows of a tag tile the partition without overlap;
 * the merge step fills the holes with empty partials.
 */
public class PartialWriter implements ItemStreamWriter<ArchivePage> {

    private static final String STATE = "partial-writer.windows";
    private static final String CHUNKS = "partial-writer.chunks";
    static final String VALUES_READ = "values.read";

    private final long instanceId;
    private final ReadPartition partition;
    private final List<ShiftWindow> shifts;
    private final Map<String, TagProfile> profiles;
    private final StagingStore store;
    private final LongConsumer valuesRead;
    private final long trendResolution;
    private final HaltPoints haltPoints;
    private final List<TrendRow> trends = new ArrayList<>();
    private HashMap<String, OpenWindow> windows = new HashMap<>();
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
        this.shifts = shifts;
        this.profiles = profiles;
        this.store = store;
        this.valuesRead = valuesRead;
        this.trendResolution = trendResolution;
        this.haltPoints = haltPoints;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void open(ExecutionContext context) {
        if (context.containsKey(STATE)) {
            windows = new HashMap<>((Map<String, OpenWindow>) context.get(STATE));
        }
        valuesTotal = context.getLong(VALUES_READ, 0L);
        chunks = context.getInt(CHUNKS, 0);
    }

    @Override
    public void update(ExecutionContext context) {
        context.put(STATE, new HashMap<>(windows));
        context.putLong(VALUES_READ, valuesTotal);
        context.putInt(CHUNKS, chunks);
    }

    @Override
    public void write(Chunk<? extends ArchivePage> chunk) {
        List<PartialRow> rows = new ArrayList<>();
        trends.clear();
        long values = 0;
        for (ArchivePage page : chunk) {
            if (page == EndMarkingReader.END) {
                partition.tags().forEach(tag -> close(tag, rows));
                continue;
            }
            values += page.size();
            advance(page, rows);
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

    private void advance(ArchivePage page, List<PartialRow> rows) {
        OpenWindow window = windows.getOrDefault(page.tag(), OpenWindow.at(partition.from().toEpochMilli()));
        ArchivePage all = window.join(page.tag(), page);
        if (all.isEmpty()) {
            return;
        }
        long newest = all.lastTimestampMillis();
        int firstAtNewest = all.size();
        while (firstAtNewest > 0 && all.timestampsMillis()[firstAtNewest - 1] == newest) {
            firstAtNewest--;
        }
        emit(page.tag(), window.cursor(), newest, all, 0, firstAtNewest, rows);
        windows.put(page.tag(), OpenWindow.after(Math.max(window.cursor(), newest), all, firstAtNewest));
    }

    private void close(String tag, List<PartialRow> rows) {
        OpenWindow window = windows.getOrDefault(tag, OpenWindow.at(partition.from().toEpochMilli()));
        long end = partition.to().toEpochMilli();
        if (window.cursor() < end) {
            ArchivePage carried = window.join(tag, ArchivePage.empty(tag));
            emit(tag, window.cursor(), end, carried, 0, carried.size(), rows);
        }
        windows.put(tag, OpenWindow.at(end));
    }

    /** Stages values {@code [lo, hi)} of {@code all} as the window {@code [from, to)}, one row per shift it touches. */
    private void emit(String tag, long from, long to, ArchivePage all, int lo, int hi, List<PartialRow> rows) {
        int i = lo;
        for (ShiftWindow shift : shifts) {
            long start = Math.max(from, shift.from());
            long end = Math.min(to, shift.to());
            if (start >= end) {
                continue;
            }
            while (i < hi && all.timestampsMillis()[i] < start) {
                i++; // between shifts of a calendar with gaps: not part of any shift
            }
            int j = i;
            while (j < hi && all.timestampsMillis()[j] < end) {
                j++;
            }
            buckets(tag, start, all, i, j);
            SliceAccumulator accumulator = new SliceAccumulator(start, end, profiles.get(tag));
            accumulator.accept(slice(all.timestampsMillis(), i, j), slice(all.values(), i, j), slice(all.qualities(), i, j),
                    j - i);
            rows.add(new PartialRow(tag, shift.index(), start, end, j - i, accumulator.partial().encode()));
            i = j;
        }
    }

    /** Trend buckets of values {@code [i, j)}: sum and count of the usable ones per bucket. */
    private void buckets(String tag, long windowFrom, ArchivePage all, int i, int j) {
        TagKind kind = profiles.get(tag).tagKind();
        if (trendResolution <= 0 || (kind != TagKind.ANALOG && kind != TagKind.SETPOINT)) {
            return;
        }
        long bucket = Long.MIN_VALUE;
        double sum = 0;
        long count = 0;
        for (int k = i; k < j; k++) {
            long start = Math.floorDiv(all.timestampsMillis()[k], trendResolution) * trendResolution;
            if (start != bucket && count > 0) {
                trends.add(new TrendRow(tag, windowFrom, bucket, sum, count));
                sum = 0;
                count = 0;
            }
            bucket = start;
            if ((all.qualities()[k] & 0xFF) >= 0x40) {
                sum += all.values()[k];
                count++;
            }
        }
        if (count > 0) {
            trends.add(new TrendRow(tag, windowFrom, bucket, sum, count));
        }
    }

    private static long[] slice(long[] a, int from, int to) {
        return from == 0 ? a : java.util.Arrays.copyOfRange(a, from, to);
    }

    private static double[] slice(double[] a, int from, int to) {
        return from == 0 ? a : java.util.Arrays.copyOfRange(a, from, to);
    }

    private static int[] slice(int[] a, int from, int to) {
        return from == 0 ? a : java.util.Arrays.copyOfRange(a, from, to);
    }
}
