package com.winccreports.job.partition;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One unit of parallel reading: a group of tags of one archive over the slice {@code [from, to)}.
 * Stored in, and read back from, the partition's {@link ExecutionContext}, so a restarted partition
 * reads exactly what it was given.
 */
public record ReadPartition(int index, String archive, List<String> tags, Instant from, Instant to) {

    private static final String INDEX = "partition.index";
    private static final String ARCHIVE = "partition.archive";
    private static final String TAGS = "partition.tags";
    private static final String FROM = "partition.from";
    private static final String TO = "partition.to";

    public ReadPartition {
        tags = List.copyOf(tags);
        if (tags.isEmpty() || !from.isBefore(to)) {
            throw new IllegalArgumentException("empty partition " + archive + " " + tags + " [" + from + ", " + to + ")");
        }
    }

    /** A name that sorts in plan order: {@code read-007}. */
    public String name() {
        return String.format("read-%03d", index);
    }

    public ExecutionContext toContext() {
        ExecutionContext context = new ExecutionContext();
        context.putInt(INDEX, index);
        context.putString(ARCHIVE, archive);
        context.putString(TAGS, String.join("\n", tags));
        context.putLong(FROM, from.toEpochMilli());
        context.putLong(TO, to.toEpochMilli());
        return context;
    }

    /** Whether {@code context} holds a partition (a crash can leave a partition's context empty). */
    public static boolean isIn(ExecutionContext context) {
        return context.containsKey(INDEX) && context.containsKey(TAGS);
    }

    public static ReadPartition fromContext(ExecutionContext context) {
        return new ReadPartition(context.getInt(INDEX), context.getString(ARCHIVE),
                Arrays.asList(context.getString(TAGS).split("\n")), Instant.ofEpochMilli(context.getLong(FROM)),
                Instant.ofEpochMilli(context.getLong(TO)));
    }
}
