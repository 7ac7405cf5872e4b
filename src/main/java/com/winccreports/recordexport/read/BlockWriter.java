package com.winccreports.recordexport.read;

import com.winccreports.job.HaltPoints;
import com.winccreports.recordexport.plan.PlannedPartition;
import com.winccreports.recordexport.staging.ExportStore;
import com.winccreports.wincc.ArchivePage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stages a chunk of one partition's pages as binary blocks in the chunk's transaction. Each page gets the next
 * sequence number of its tag in this partition; the numbers are saved with the chunk (execution context), so a
 * chunk read again after a crash gets the same keys and replaces, never adds. Not final: as a {@code @StepScope}
 * bean it is proxied by a generated subclass.
 */
public class BlockWriter implements ItemStreamWriter<ArchivePage> {

    private static final String SEQUENCES = "export-blocks.sequences";
    private static final String CHUNKS = "export-blocks.chunks";
    /** Step context key the job's history sums into "values read". */
    static final String VALUES_READ = "values.read";

    private final long instanceId;
    private final PlannedPartition partition;
    private final Map<String, Integer> tagIndex = new HashMap<>();
    private final ExportStore store;
    private final LongConsumer valuesRead;
    private final HaltPoints haltPoints;
    private HashMap<String, Integer> sequences = new HashMap<>();
    private long valuesTotal;
    private int chunks;

    public BlockWriter(long instanceId, PlannedPartition partition, ExportStore store, LongConsumer valuesRead,
            HaltPoints haltPoints) {
        this.instanceId = instanceId;
        this.haltPoints = haltPoints;
        this.partition = partition;
        this.store = store;
        this.valuesRead = valuesRead;
        for (int i = 0; i < partition.tags().size(); i++) {
            tagIndex.put(partition.partition().tags().get(i), partition.tags().get(i));
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void open(ExecutionContext context) {
        if (context.containsKey(SEQUENCES)) {
            sequences = new HashMap<>((Map<String, Integer>) context.get(SEQUENCES));
        }
        valuesTotal = context.getLong(VALUES_READ, 0L);
        chunks = context.getInt(CHUNKS, 0);
    }

    @Override
    public void update(ExecutionContext context) {
        context.put(SEQUENCES, new HashMap<>(sequences));
        context.putLong(VALUES_READ, valuesTotal);
        context.putInt(CHUNKS, chunks);
    }

    @Override
    public void write(Chunk<? extends ArchivePage> chunk) {
        List<ExportStore.Block> blocks = new ArrayList<>();
        long values = 0;
        for (ArchivePage page : chunk) {
            if (page.isEmpty()) {
                continue;
            }
            Integer tag = tagIndex.get(page.tag());
            if (tag == null) {
                throw new IllegalStateException("page of tag " + page.tag() + " in partition "
                        + partition.partition().name() + ", which reads " + partition.partition().tags());
            }
            int seq = sequences.merge(page.tag(), 1, Integer::sum) - 1;
            blocks.add(new ExportStore.Block(partition.partition().index(), tag, seq, page));
            values += page.size();
        }
        if (!blocks.isEmpty()) {
            store.replaceBlocks(instanceId, blocks);
        }
        valuesTotal += values;
        chunks++;
        afterCommit(values);
        haltPoints.afterCommit(HaltPoints.chunkCommitted(partition.partition().name(), chunks));
    }

    /** Progress only once the chunk is durable. */
    private void afterCommit(long values) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            valuesRead.accept(values);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                valuesRead.accept(values);
            }
        });
    }
}
