package com.winccreports.recordexport.plan;

import com.winccreports.definition.UserArchiveSelection;
import com.winccreports.wincc.RecordFilter;
import com.winccreports.wincc.UserArchiveRecord;
import java.util.List;

/**
 * Finds a batch in the batch-record user archive by what a person types after {@code --batch}: the batch id
 * ({@code L1-20261124-02}), or — when no record has that id and it is a number — the record's {@code ID}.
 * The id goes into a typed filter, never into query text.
 */
public final class BatchLookup {

    private BatchLookup() {
    }

    /** The batch {@code batch}; {@link IllegalArgumentException} naming it and the archive when there is none. */
    public static BatchSpan find(ExportSource source, UserArchiveSelection archive, String batch) {
        String idField = archive.field("batchId");
        List<UserArchiveRecord> records = source.records(archive.name(),
                RecordFilter.none().and(idField, RecordFilter.Op.EQ, batch));
        boolean numeric = batch.matches("\\d{1,18}");
        if (records.isEmpty() && numeric) {
            records = source.records(archive.name(), RecordFilter.none().and("ID", RecordFilter.Op.EQ,
                    Long.parseLong(batch)));
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException("unknown batch '" + batch + "': no record of user archive "
                    + archive.name() + " has " + idField + " = '" + batch + "'" + (numeric ? " or ID = " + batch : ""));
        }
        return BatchSpan.of(records.get(0), archive);
    }
}
