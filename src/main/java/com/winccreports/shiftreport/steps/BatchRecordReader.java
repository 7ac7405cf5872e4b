package com.winccreports.shiftreport.steps;

import com.winccreports.wincc.UserArchiveRecord;
import com.winccreports.wincc.batch.UserArchiveRecordReader;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The batch records of the period, or none when the job names no user archive. Restart position is the
 * WinCC client reader's own (continuation point and records handed out).
 */
public class BatchRecordReader implements ItemStreamReader<UserArchiveRecord> {

    private final UserArchiveRecordReader delegate;

    /** @param delegate the archive's reader, or null when the job has no user archive */
    public BatchRecordReader(UserArchiveRecordReader delegate) {
        this.delegate = delegate;
    }

    @Override
    public UserArchiveRecord read() {
        return delegate == null ? null : delegate.read();
    }

    @Override
    public void open(ExecutionContext context) {
        if (delegate != null) {
            delegate.open(context);
        }
    }

    @Override
    public void update(ExecutionContext context) {
        if (delegate != null) {
            delegate.update(context);
        }
    }

    @Override
    public void close() {
        if (delegate != null) {
            delegate.close();
        }
    }
}
