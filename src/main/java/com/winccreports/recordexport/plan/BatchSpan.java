package com.winccreports.recordexport.plan;

import com.winccreports.definition.UserArchiveSelection;
import com.winccreports.wincc.UserArchiveRecord;
import java.time.Duration;
import java.time.Instant;

/**
 * A batch as an export sees it: its id, line, and span {@code [start, end)} from its batch record; a batch still
 * running has no end ({@code end} null).
 */
public record BatchSpan(String batchId, String line, Instant start, Instant end) {

    /** Reads the span from a record through the job's field mapping; fails naming the field that is missing. */
    public static BatchSpan of(UserArchiveRecord record, UserArchiveSelection archive) {
        String id = record.getString(archive.field("batchId"));
        Instant start = record.getInstant(archive.field("start"));
        if (id == null || start == null) {
            throw new IllegalArgumentException("batch record " + record.get("ID") + " of user archive " + archive.name()
                    + " has no " + (id == null ? archive.field("batchId") : archive.field("start")));
        }
        return new BatchSpan(id, record.getString(archive.field("line")), start,
                record.getInstant(archive.field("end")));
    }

    public boolean running() {
        return end == null;
    }

    /** The span with {@code margin} on both sides; a running batch ends at {@code runningUntil}. */
    public Instant from(Duration margin) {
        return start.minus(margin);
    }

    public Instant to(Duration margin, Instant runningUntil) {
        return end == null ? runningUntil : end.plus(margin);
    }
}
