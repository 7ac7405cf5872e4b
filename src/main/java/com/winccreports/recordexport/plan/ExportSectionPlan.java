package com.winccreports.recordexport.plan;

import com.winccreports.shift.aggregate.Sample;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One file set of an export: its name (the period's label, or the batch id of a per-batch section), its span
 * {@code [from, to)}, the tags it holds (indexes into the plan's tags), the batch it is about (null for a period
 * section) and whether that batch was still running when the run was planned, and per tag the value in force at {@code from} and the first value at or after {@code to} (absent
 * when the archive has none) — what the aligned windows at the ends and the summary's statistics need — and the
 * lines it is about (a batch's own line, else the run's lines; empty in a plan staged before lines were kept),
 * whose alarm filters a per-line {@code alarms.restFilter} reads.
 */
public record ExportSectionPlan(int index, String name, Instant from, Instant to, List<Integer> tags, String batchId,
        boolean running, Map<Integer, Sample> before, Map<Integer, Sample> after, List<String> lines) {

    public ExportSectionPlan {
        tags = List.copyOf(tags);
        lines = lines == null ? List.of() : List.copyOf(lines);
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }

    public ExportSectionPlan withBounds(Map<Integer, Sample> newBefore, Map<Integer, Sample> newAfter) {
        return new ExportSectionPlan(index, name, from, to, tags, batchId, running, newBefore, newAfter, lines);
    }
}
