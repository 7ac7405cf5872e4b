package com.winccreports.shiftreport.read;

import com.winccreports.shift.aggregate.SliceAccumulator;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.shiftreport.ShiftWindow;
import com.winccreports.shiftreport.partition.ReadPartition;
import com.winccreports.shiftreport.staging.PartialRow;
import com.winccreports.shiftreport.staging.StagingStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Turns a chunk of pages into partial aggregates and stages them in the chunk's transaction. For each tag,
 * the values before the newest instant read so far form a window {@code [cursor, newest)}, cut at shift
 * boundaries; each piece becomes one {@link PartialRow} keyed by its start, so a chunk run again after a crash
 * writes the same keys and replaces, never adds. The windows of a tag tile the partition without overlap;
 * the merge step fills the holes with empty partials.
 */
public final class PartialWriter implements ItemStreamWriter<TagPage> {

    private static final String STATE = "partial-writer.windows";
    static final String VALUES_READ = "values.read";

    private final long instanceId;
    private final ReadPartition partition;
    private final List<ShiftWindow> shifts;
    private final Map<String, TagProfile> profiles;
    private final StagingStore store;
    private final LongConsumer valuesRead;
    private HashMap<String, OpenWindow> windows = new HashMap<>();
    private long valuesTotal;

    public PartialWriter(long instanceId, ReadPartition partition, List<ShiftWindow> shifts,
            Map<String, TagProfile> profiles, StagingStore store, LongConsumer valuesRead) {
        this.instanceId = instanceId;
        this.partition = partition;
        this.shifts = shifts;
        this.profiles = profiles;
        this.store = store;
        this.valuesRead = valuesRead;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void open(ExecutionContext context) {
        if (context.containsKey(STATE)) {
            windows = new HashMap<>((Map<String, OpenWindow>) context.get(STATE));
        }
        valuesTotal = context.getLong(VALUES_READ, 0L);
    }

    @Override
    public void update(ExecutionContext context) {
        context.put(STATE, new HashMap<>(windows));
        context.putLong(VALUES_READ, valuesTotal);
    }

    @Override
    public void write(Chunk<? extends TagPage> chunk) {
        List<PartialRow> rows = new ArrayList<>();
        long values = 0;
        for (TagPage page : chunk) {
            if (page.isEnd()) {
                partition.tags().forEach(tag -> close(tag, rows));
                continue;
            }
            values += page.count();
            advance(page, rows);
        }
        if (!rows.isEmpty()) {
            store.replacePartials(instanceId, rows);
        }
        valuesTotal += values;
        valuesRead.accept(values);
    }

    private void advance(TagPage page, List<PartialRow> rows) {
        OpenWindow window = windows.getOrDefault(page.tag(), OpenWindow.at(partition.from().toEpochMilli()));
        TagPage all = window.join(page);
        if (all.count() == 0) {
            return;
        }
        long newest = all.timestamps()[all.count() - 1];
        int firstAtNewest = all.count();
        while (firstAtNewest > 0 && all.timestamps()[firstAtNewest - 1] == newest) {
            firstAtNewest--;
        }
        emit(page.tag(), window.cursor(), newest, all, 0, firstAtNewest, rows);
        windows.put(page.tag(), OpenWindow.after(Math.max(window.cursor(), newest), all, firstAtNewest));
    }

    private void close(String tag, List<PartialRow> rows) {
        OpenWindow window = windows.getOrDefault(tag, OpenWindow.at(partition.from().toEpochMilli()));
        long end = partition.to().toEpochMilli();
        if (window.cursor() < end) {
            TagPage carried = window.join(new TagPage(tag, new long[0], new double[0], new int[0], 0));
            emit(tag, window.cursor(), end, carried, 0, carried.count(), rows);
        }
        windows.put(tag, OpenWindow.at(end));
    }

    /** Stages values {@code [lo, hi)} of {@code all} as the window {@code [from, to)}, one row per shift it touches. */
    private void emit(String tag, long from, long to, TagPage all, int lo, int hi, List<PartialRow> rows) {
        int i = lo;
        for (ShiftWindow shift : shifts) {
            long start = Math.max(from, shift.from());
            long end = Math.min(to, shift.to());
            if (start >= end) {
                continue;
            }
            int j = i;
            while (j < hi && all.timestamps()[j] < end) {
                j++;
            }
            SliceAccumulator accumulator = new SliceAccumulator(start, end, profiles.get(tag));
            accumulator.accept(slice(all.timestamps(), i, j), slice(all.values(), i, j), slice(all.qualities(), i, j),
                    j - i);
            rows.add(new PartialRow(tag, shift.index(), start, end, j - i,
                    Base64.getEncoder().encodeToString(accumulator.partial().encode())));
            i = j;
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
