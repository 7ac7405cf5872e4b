package com.winccreports.shiftreport.steps;

import com.winccreports.shiftreport.StagingJson;
import com.winccreports.shiftreport.staging.StagingStore;
import com.winccreports.wincc.UserArchiveRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stages batch records keyed by their archive ID, in the chunk's transaction (a re-run chunk replaces). */
public class BatchRecordWriter implements ItemWriter<UserArchiveRecord> {

    private final long instanceId;
    private final StagingStore store;

    public BatchRecordWriter(long instanceId, StagingStore store) {
        this.instanceId = instanceId;
        this.store = store;
    }

    @Override
    public void write(Chunk<? extends UserArchiveRecord> chunk) {
        for (UserArchiveRecord record : chunk) {
            Map<String, Object> fields = new LinkedHashMap<>();
            record.fields().forEach((name, value) -> fields.put(name, value instanceof Instant i ? i.toString() : value));
            store.replaceBatchRecord(instanceId, record.id(), StagingJson.write(fields));
        }
    }
}
