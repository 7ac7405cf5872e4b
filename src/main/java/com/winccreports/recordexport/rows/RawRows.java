package com.winccreports.recordexport.rows;

import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Merges the cursors of a section's tags into one stream in time order: values at one instant by the tags' order
 * in the export, several values of one tag at one instant in archive order — whatever order the partitions were
 * read in.
 */
public final class RawRows {

    private RawRows() {
    }

    /** Streams every value of {@code cursors} to {@code sink}; returns the number of rows. */
    public static long stream(List<TagCursor> cursors, RawRowSink sink) {
        PriorityQueue<TagCursor> queue = new PriorityQueue<>(Math.max(1, cursors.size()),
                Comparator.comparingLong(TagCursor::time).thenComparingInt(c -> c.tag().index()));
        cursors.stream().filter(TagCursor::hasValue).forEach(queue::add);
        long rows = 0;
        long[] previous = new long[cursors.stream().mapToInt(c -> c.tag().index()).max().orElse(0) + 1];
        java.util.Arrays.fill(previous, Long.MIN_VALUE);
        while (!queue.isEmpty()) {
            TagCursor cursor = queue.poll();
            long limit = queue.isEmpty() ? Long.MAX_VALUE : queue.peek().time();
            int tag = cursor.tag().index();
            // take this tag's run of values up to the next tag's time without going through the queue
            do {
                long t = cursor.time();
                sink.row(cursor.tag(), t, cursor.value(), cursor.quality(), t == previous[tag]);
                previous[tag] = t;
                rows++;
                cursor.advance();
            } while (cursor.hasValue() && (cursor.time() < limit
                    || cursor.time() == limit && tag < queue.peek().tag().index()));
            if (cursor.hasValue()) {
                queue.add(cursor);
            }
        }
        return rows;
    }
}
