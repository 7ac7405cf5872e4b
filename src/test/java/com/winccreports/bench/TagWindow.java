package com.winccreports.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One unit of work of a benchmark pass: the values of one tag over the half-open window
 * {@code [fromMillis, toMillis)}, the same (tag × time slice) cut the shift report job partitions by.
 */
record TagWindow(String archive, String tag, long fromMillis, long toMillis) {

    /** Every tag crossed with consecutive slices of {@code slice} from {@code from}, the last one cut at {@code to}. */
    static List<TagWindow> plan(List<BenchOptions.ArchiveTag> tags, Instant from, Instant to, Duration slice) {
        List<TagWindow> windows = new ArrayList<>();
        long step = slice.toMillis();
        for (long start = from.toEpochMilli(); start < to.toEpochMilli(); start += step) {
            long end = Math.min(start + step, to.toEpochMilli());
            for (BenchOptions.ArchiveTag tag : tags) {
                windows.add(new TagWindow(tag.archive(), tag.tag(), start, end));
            }
        }
        return windows;
    }
}
