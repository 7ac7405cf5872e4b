package com.winccreports.wincc.batch;

import com.winccreports.wincc.RecordFilter;
import com.winccreports.wincc.UserArchiveRecord;
import com.winccreports.wincc.UserArchives;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the records of a user archive matching a typed filter, page by page (REST or JDBC — any
 * {@link UserArchives}). Restartable: the execution context holds the continuation point of the current
 * page and how many of its records were handed out, so a restart continues with exactly the next record.
 */
public class UserArchiveRecordReader implements ItemStreamReader<UserArchiveRecord> {

    private final UserArchives archives;
    private final String archive;
    private final RecordFilter filter;
    private final int pageSize;
    private String name = "userArchiveRecordReader";
    private OptionalLong pageStart = OptionalLong.empty();
    private List<UserArchiveRecord> page;
    private OptionalLong next = OptionalLong.empty();
    private int index;

    public UserArchiveRecordReader(UserArchives archives, String archive, RecordFilter filter, int pageSize) {
        this.archives = Objects.requireNonNull(archives, "archives");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.filter = Objects.requireNonNull(filter, "filter");
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be >= 1, got " + pageSize);
        }
        this.pageSize = pageSize;
    }

    /** Prefix of this reader's keys in the execution context. */
    public void setName(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        pageStart = context.containsKey(key("continuation"))
                ? OptionalLong.of(context.getLong(key("continuation"))) : OptionalLong.empty();
        int skip = context.getInt(key("index"), 0);
        fetch(pageStart);
        index = Math.min(skip, page.size());
    }

    @Override
    public UserArchiveRecord read() {
        while (index >= page.size()) {
            if (next.isEmpty()) {
                return null;
            }
            fetch(next);
        }
        return page.get(index++);
    }

    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        if (pageStart.isPresent()) {
            context.putLong(key("continuation"), pageStart.getAsLong());
        } else {
            context.remove(key("continuation"));
        }
        context.putInt(key("index"), index);
    }

    private void fetch(OptionalLong continuation) {
        UserArchives.RecordPage fetched = archives.records(archive, filter, continuation, pageSize);
        pageStart = continuation;
        page = fetched.records();
        next = fetched.next();
        index = 0;
    }

    private String key(String suffix) {
        return name + "." + suffix;
    }
}
