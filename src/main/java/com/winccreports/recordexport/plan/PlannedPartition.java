package com.winccreports.recordexport.plan;

import com.winccreports.job.partition.ReadPartition;
import java.util.List;

/**
 * A read partition of an export with what the generic {@link ReadPartition} does not carry: the section it reads
 * for and the export's indexes of its tags (staging keys).
 */
public record PlannedPartition(ReadPartition partition, int section, List<Integer> tags) {

    public PlannedPartition {
        tags = List.copyOf(tags);
    }
}
