package com.winccreports.recordexport.plan;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one export run reads and writes, fixed once by its first attempt: the tags (resolved from names,
 * {@code {line}} patterns and wildcards), the sections (file sets) and the read partitions. Staged as JSON with
 * the run, so a restart works on the same plan even if the archive's variable list changed meanwhile.
 */
public record ExportPlan(List<ExportTag> tags, List<ExportSectionPlan> sections, List<PlannedPartition> partitions) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public ExportPlan {
        tags = List.copyOf(tags);
        sections = List.copyOf(sections);
        partitions = List.copyOf(partitions);
    }

    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    public static ExportPlan fromJson(String json) {
        return JSON.readValue(json, ExportPlan.class);
    }

    public ExportTag tag(int index) {
        return tags.get(index);
    }

    /** The partitions of {@code section} that read {@code tag}, in time order (their plan order). */
    public List<Integer> partitionsOf(int section, int tag) {
        return partitions.stream().filter(p -> p.section() == section && p.tags().contains(tag))
                .map(p -> p.partition().index()).toList();
    }

    public ExportPlan withSections(List<ExportSectionPlan> newSections) {
        return new ExportPlan(tags, newSections, partitions);
    }
}
