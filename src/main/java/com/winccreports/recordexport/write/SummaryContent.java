package com.winccreports.recordexport.write;

import com.winccreports.recordexport.rows.TagSummary;
import com.winccreports.shift.aggregate.TagStatistics;
import java.util.List;

/**
 * What the PDF summary of one section prints: its title and package id, the parameters and source, per tag the
 * engine's statistics with its chart buckets, the section's user-archive records and alarms, and notes (a
 * preliminary export, a truncated alarm list, tags whose gaps cannot be told).
 */
public record SummaryContent(String packageId, String title, String description, List<List<String>> parameters,
        List<TagResult> tags, List<String> recordHeader, List<List<Object>> records, List<String> alarmHeader,
        List<List<Object>> alarms, List<String> notes) {

    /** One tag's statistics and chart buckets. */
    public record TagResult(TagSummary summary, TagStatistics statistics) {
    }

    public SummaryContent {
        parameters = List.copyOf(parameters);
        tags = List.copyOf(tags);
        recordHeader = List.copyOf(recordHeader);
        records = List.copyOf(records);
        alarmHeader = List.copyOf(alarmHeader);
        alarms = List.copyOf(alarms);
        notes = List.copyOf(notes);
    }
}
