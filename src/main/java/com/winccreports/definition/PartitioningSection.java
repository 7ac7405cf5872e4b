package com.winccreports.definition;

import java.time.Duration;

/**
 * How the job splits its reading: tags of one archive are read in groups of {@code tagsPerGroup}, the
 * period in slices of {@code slice} (rounded so the partition count stays at most {@code maxPartitions}),
 * {@code gridSize} partitions run at once, and each chunk commits {@code pagesPerChunk} archive pages.
 */
public record PartitioningSection(Integer gridSize, Integer tagsPerGroup, Duration slice, Integer maxPartitions,
        Integer pagesPerChunk) {

    public static final PartitioningSection DEFAULTS = new PartitioningSection(null, null, null, null, null);

    public PartitioningSection {
        gridSize = gridSize == null ? 4 : gridSize;
        tagsPerGroup = tagsPerGroup == null ? 6 : tagsPerGroup;
        slice = slice == null ? Duration.ofHours(8) : slice;
        maxPartitions = maxPartitions == null ? 256 : maxPartitions;
        pagesPerChunk = pagesPerChunk == null ? 10 : pagesPerChunk;
    }
}
