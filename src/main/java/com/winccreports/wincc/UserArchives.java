package com.winccreports.wincc;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * WinCC user archives (recipes, batch records) — docs/wincc-rest.md §4 — read through REST ({@link RestUserArchives})
 * or straight from the runtime database's {@code UA#<Archive>} tables ({@link JdbcUserArchives}).
 * Records come ordered by {@code ID}; continuation points are opaque to callers.
 */
public interface UserArchives {

    /** A field of a user archive. */
    record Field(String name, String type, Integer length) {
    }

    /** A user archive and its fields. */
    record ArchiveInfo(String name, List<Field> fields) {
        public ArchiveInfo {
            fields = List.copyOf(fields);
        }
    }

    /** One page of records and where the next one starts (empty on the last page). */
    record RecordPage(List<UserArchiveRecord> records, OptionalLong next) {
        public RecordPage {
            records = List.copyOf(records);
        }
    }

    /** The user archives of the server. */
    List<ArchiveInfo> archives();

    /** One page of records matching the filter, ordered by ID, from a continuation point (empty: the first page). */
    RecordPage records(String archive, RecordFilter filter, OptionalLong continuation, int limit);

    /** All records matching the filter — for small archives; large ones use the record reader. */
    default List<UserArchiveRecord> allRecords(String archive, RecordFilter filter) {
        List<UserArchiveRecord> records = new ArrayList<>();
        OptionalLong next = OptionalLong.empty();
        do {
            RecordPage page = records(archive, filter, next, ContinuationPager.DEFAULT_ITEM_LIMIT);
            records.addAll(page.records());
            if (page.next().isPresent() && page.next().equals(next)) {
                throw new IllegalStateException("user archive " + archive + ": continuation point "
                        + next.getAsLong() + " does not advance");
            }
            next = page.next();
        } while (next.isPresent());
        return records;
    }
}
