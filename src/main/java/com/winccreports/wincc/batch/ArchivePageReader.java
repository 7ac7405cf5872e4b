package com.winccreports.wincc.batch;

import com.winccreports.wincc.ArchivePage;
import com.winccreports.wincc.WinccClient;
import com.winccreports.wincc.WindowCursor;
import com.winccreports.wincc.WindowPager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the archived values of a tag group over a time slice {@code [from, to)}, tag after tag; the item
 * is one columnar {@link ArchivePage} (never one object per value). Restartable: the execution context
 * holds the tag index and the window cursor (next {@code timeFrom} and the count already handed out at
 * that instant), so a restarted step continues with exactly the next value — none read twice, none skipped.
 * Per-tag errors of the server fail the read with a {@code WinccException} naming tag and window.
 */
public class ArchivePageReader implements ItemStreamReader<ArchivePage> {

    private final WinccClient client;
    private final String archive;
    private final List<String> tags;
    private final Instant from;
    private final Instant to;
    private String name = "archivePageReader";
    private int tagIndex;
    private WindowCursor resumeAt;
    private WindowPager pager;

    public ArchivePageReader(WinccClient client, String archive, List<String> tags, Instant from, Instant to) {
        this.client = Objects.requireNonNull(client, "client");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.tags = List.copyOf(tags);
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("slice [" + from + ", " + to + ") is empty");
        }
    }

    /** Prefix of this reader's keys in the execution context; set it when a step has several readers. */
    public void setName(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        tagIndex = context.getInt(key("tagIndex"), 0);
        pager = null;
        resumeAt = null;
        if (context.containsKey(key("cursor.from")) && tagIndex < tags.size()) {
            String savedTag = context.getString(key("tag"), tags.get(tagIndex));
            if (!savedTag.equals(tags.get(tagIndex))) {
                throw new ItemStreamException("saved position is for tag '" + savedTag + "' but tag #" + tagIndex
                        + " is now '" + tags.get(tagIndex) + "': the tag group changed since the first run");
            }
            resumeAt = new WindowCursor(context.getLong(key("cursor.from")), context.getInt(key("cursor.seen")),
                    Boolean.parseBoolean(context.getString(key("cursor.done"), "false")));
        }
    }

    @Override
    public ArchivePage read() {
        while (tagIndex < tags.size()) {
            if (pager == null) {
                WindowCursor cursor = resumeAt != null ? resumeAt : WindowCursor.start(from.toEpochMilli());
                pager = client.pager(archive, tags.get(tagIndex), from, to, cursor);
                resumeAt = null;
            }
            ArchivePage page = pager.next();
            if (page != null) {
                return page;
            }
            tagIndex++;
            pager = null;
        }
        return null;
    }

    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        context.putInt(key("tagIndex"), tagIndex);
        WindowCursor cursor = pager != null ? pager.cursor()
                : resumeAt != null ? resumeAt : WindowCursor.start(from.toEpochMilli());
        if (tagIndex < tags.size()) {
            context.putString(key("tag"), tags.get(tagIndex));
        }
        context.putLong(key("cursor.from"), cursor.fromMillis());
        context.putInt(key("cursor.seen"), cursor.seenAtFrom());
        context.putString(key("cursor.done"), Boolean.toString(cursor.done()));
    }

    @Override
    public void close() {
        pager = null;
    }

    private String key(String suffix) {
        return name + "." + suffix;
    }
}
