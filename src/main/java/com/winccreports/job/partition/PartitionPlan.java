package com.winccreports.job.partition;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a period's reading into (tag group × time slice) partitions: tags are grouped by archive, at most
 * {@code tagsPerGroup} per group; the period is cut into slices of {@code slice}, doubled until the number
 * of partitions is at most {@code maxPartitions} — so a month of data stays at hundreds of partitions.
 */
public final class PartitionPlan {

    private PartitionPlan() {
    }

    /**
     * @param archiveOfTag each tag to read with its archive, in report order
     */
    public static List<ReadPartition> plan(Map<String, String> archiveOfTag, int tagsPerGroup, Instant from,
            Instant to, Duration slice, int maxPartitions) {
        if (tagsPerGroup < 1 || maxPartitions < 1 || slice.isNegative() || slice.isZero()) {
            throw new IllegalArgumentException("tagsPerGroup, maxPartitions and slice must be positive");
        }
        List<List<String>> groups = groups(archiveOfTag, tagsPerGroup);
        Duration length = Duration.between(from, to);
        Duration sliceLength = slice;
        while (groups.size() * slices(length, sliceLength) > maxPartitions && sliceLength.compareTo(length) < 0) {
            sliceLength = sliceLength.multipliedBy(2);
        }
        List<ReadPartition> partitions = new ArrayList<>();
        for (List<String> group : groups) {
            String archive = archiveOfTag.get(group.get(0));
            for (Instant start = from; start.isBefore(to); start = start.plus(sliceLength)) {
                Instant end = start.plus(sliceLength).isBefore(to) ? start.plus(sliceLength) : to;
                partitions.add(new ReadPartition(partitions.size(), archive, group, start, end));
            }
        }
        return partitions;
    }

    private static long slices(Duration length, Duration slice) {
        return (length.toMillis() + slice.toMillis() - 1) / slice.toMillis();
    }

    private static List<List<String>> groups(Map<String, String> archiveOfTag, int tagsPerGroup) {
        Map<String, List<String>> byArchive = new LinkedHashMap<>();
        archiveOfTag.forEach((tag, archive) -> byArchive.computeIfAbsent(archive, a -> new ArrayList<>()).add(tag));
        List<List<String>> groups = new ArrayList<>();
        for (List<String> tags : byArchive.values()) {
            for (int i = 0; i < tags.size(); i += tagsPerGroup) {
                groups.add(List.copyOf(tags.subList(i, Math.min(tags.size(), i + tagsPerGroup))));
            }
        }
        return groups;
    }
}
