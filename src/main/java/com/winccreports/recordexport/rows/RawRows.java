package com.winccreports.recordexport.rows;

import java.util.Arrays;
import java.util.List;

/**
 * Merges the cursors of a section's tags into one stream in time order: values at one instant by the tags' order
 * in the export, several values of one tag at one instant in archive order — whatever order the partitions were
 * read in. The cursors sit in a binary min-heap by (time, tag order); the one on top gives its run of values up
 * to the next cursor's time, then sinks once (no remove and insert per value).
 */
public final class RawRows {

    private RawRows() {
    }

    /** Streams every value of {@code cursors} to {@code sink}; returns the number of rows. */
    public static long stream(List<TagCursor> cursors, RawRowSink sink) {
        TagCursor[] heap = cursors.stream().filter(TagCursor::hasValue).toArray(TagCursor[]::new);
        int size = heap.length;
        for (int i = size / 2 - 1; i >= 0; i--) {
            sink(heap, size, i);
        }
        long rows = 0;
        long[] previous = new long[cursors.stream().mapToInt(c -> c.tag().index()).max().orElse(0) + 1];
        Arrays.fill(previous, Long.MIN_VALUE);
        while (size > 0) {
            TagCursor cursor = heap[0];
            TagCursor next = size == 1 ? null : size == 2 || before(heap[1], heap[2]) ? heap[1] : heap[2];
            int tag = cursor.tag().index();
            // take this tag's run of values up to the next tag's time without going through the heap
            do {
                long t = cursor.time();
                sink.row(cursor.tag(), t, cursor.value(), cursor.quality(), t == previous[tag]);
                previous[tag] = t;
                rows++;
                cursor.advance();
            } while (cursor.hasValue() && (next == null || before(cursor, next)));
            if (!cursor.hasValue()) {
                heap[0] = heap[--size];
                heap[size] = null;
            }
            sink(heap, size, 0);
        }
        return rows;
    }

    /** Whether {@code a} comes before {@code b}: earlier, or at the same time and earlier in the tags' order. */
    private static boolean before(TagCursor a, TagCursor b) {
        long ta = a.time();
        long tb = b.time();
        return ta < tb || ta == tb && a.tag().index() < b.tag().index();
    }

    private static void sink(TagCursor[] heap, int size, int at) {
        int i = at;
        TagCursor moving = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], moving)) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = moving;
    }
}
