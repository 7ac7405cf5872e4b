package com.winccreports.job.read;

import com.winccreports.wincc.ArchivePage;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Hands out a partition's archive pages and then one {@link #END} marker, so the writer closes its open
 * windows inside a chunk transaction too. Restart safety comes from the delegate (the WinCC client's
 * restartable reader); a second marker after a restart finds nothing left to close.
 */
public class EndMarkingReader implements ItemStreamReader<ArchivePage> {

    /** The marker after the last page (compared by identity). */
    public static final ArchivePage END = ArchivePage.empty("(end of partition)");

    private final ItemStreamReader<ArchivePage> delegate;
    private boolean ended;

    public EndMarkingReader(ItemStreamReader<ArchivePage> delegate) {
        this.delegate = delegate;
    }

    @Override
    public ArchivePage read() throws Exception {
        if (ended) {
            return null;
        }
        ArchivePage page = delegate.read();
        if (page == null) {
            ended = true;
            return END;
        }
        return page;
    }

    @Override
    public void open(ExecutionContext context) {
        ended = false;
        delegate.open(context);
    }

    @Override
    public void update(ExecutionContext context) {
        delegate.update(context);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
