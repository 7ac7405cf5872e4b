package com.winccreports.recordexport.rows;

import com.winccreports.recordexport.plan.ExportTag;
import com.winccreports.recordexport.staging.ExportStore;
import com.winccreports.wincc.ArchivePage;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The staged values of one tag in one section, in archive order: the blocks of its partitions in time order, each
 * partition's blocks by sequence. Holds one block at a time (memory does not grow with the period); every block is
 * handed to {@code onBlock} once as it is loaded (the summary's statistics take whole blocks).
 */
public final class TagCursor {

    private final ExportStore store;
    private final long instanceId;
    private final ExportTag tag;
    private final List<Integer> partitions;
    private final Consumer<ArchivePage> onBlock;
    private int partition;
    private int seq;
    private ArchivePage page;
    private int position;

    public TagCursor(ExportStore store, long instanceId, ExportTag tag, List<Integer> partitions,
            Consumer<ArchivePage> onBlock) {
        this.store = store;
        this.instanceId = instanceId;
        this.tag = tag;
        this.partitions = List.copyOf(partitions);
        this.onBlock = onBlock;
        load();
    }

    public ExportTag tag() {
        return tag;
    }

    /** Whether a value is at the cursor. */
    public boolean hasValue() {
        return page != null;
    }

    public long time() {
        return page.timestampsMillis()[position];
    }

    public double value() {
        return page.values()[position];
    }

    public int quality() {
        return page.qualities()[position];
    }

    /** The block at the cursor and the cursor's position in it (for taking runs of values at once). */
    public ArchivePage page() {
        return page;
    }

    public int position() {
        return position;
    }

    /** Moves to the next value. */
    public void advance() {
        skip(1);
    }

    /** Moves {@code count} values on inside the current block (at most to its end). */
    public void skip(int count) {
        position += count;
        if (position >= page.size()) {
            seq++;
            load();
        }
    }

    private void load() {
        page = null;
        position = 0;
        while (partition < partitions.size()) {
            Optional<ArchivePage> next = store.block(instanceId, partitions.get(partition), tag.index(), seq, tag.name());
            if (next.isPresent() && !next.get().isEmpty()) {
                page = next.get();
                onBlock.accept(page);
                return;
            }
            if (next.isEmpty()) {
                partition++;
                seq = 0;
            } else {
                seq++;
            }
        }
    }
}
